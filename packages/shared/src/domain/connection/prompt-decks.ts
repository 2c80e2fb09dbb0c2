/**
 * Conversation prompts, written for Tandem. Each deck is a theme; each prompt is light (easy
 * on a tired Tuesday) or deep (for when there is time and calm). Keys are stable: answers and
 * favourites refer to them, so a prompt's wording may be polished but its key never reused.
 */
export const promptDecks = [
  'inner_world',
  'dreams',
  'gratitude',
  'money',
  'intimacy',
  'family',
  'repair',
  'future',
] as const;
export type PromptDeck = (typeof promptDecks)[number];
export type PromptDepth = 'light' | 'deep';

export interface Prompt {
  key: string;
  deck: PromptDeck;
  depth: PromptDepth;
  text: string;
}

const L = 'light' as const;
const D = 'deep' as const;

const decks: Record<PromptDeck, [PromptDepth, string][]> = {
  inner_world: [
    [L, 'What small thing lifted your mood this week, and why did it work?'],
    [L, 'Which song would you put on the soundtrack of this month?'],
    [L, 'What is something you have been curious about lately?'],
    [L, 'Where in our home do you feel most at ease, and what makes it so?'],
    [L, 'What is a smell that takes you straight back to childhood?'],
    [L, 'Which part of your day do you look forward to most at the moment?'],
    [L, 'What would a perfectly lazy Sunday look like for you right now?'],
    [L, 'What have you changed your mind about in the last year?'],
    [D, 'What worry has been sitting with you that you have not said out loud yet?'],
    [D, 'When do you feel most like yourself, and when least?'],
    [D, 'What is something you are quietly proud of that nobody has noticed?'],
    [D, 'Which feeling is hardest for you to show me, and what makes it hard?'],
    [D, 'What did you need more of as a child that you still look for today?'],
    [D, 'What belief about yourself are you trying to let go of?'],
    [D, 'When you feel overwhelmed, what helps you most — and what does not?'],
    [D, 'What part of you do you wish I knew better?'],
    [L, 'What is a compliment you received years ago that you still remember?'],
    [D, 'What does rest really mean for you, and are you getting enough of it?'],
    [L, 'If you had a free afternoon alone tomorrow, how would you spend it?'],
    [D, 'What are you grieving, big or small, that I might not know about?'],
  ],
  dreams: [
    [L, 'If you could learn any skill in a month, what would it be?'],
    [L, 'Which place in the world would you most like to wake up in next year?'],
    [L, 'What is a small adventure we could have within an hour of home?'],
    [L, 'What job would you try for a year if money did not matter?'],
    [L, 'What would you make with your hands if you had a workshop?'],
    [L, 'Which festival, race or event would you love to go to one day?'],
    [D, 'What dream did you put aside that still tugs at you?'],
    [D, 'What would you attempt if you knew I would back you all the way?'],
    [D, 'What would make the next five years feel well spent for you?'],
    [D, 'Which dream of mine do you think I am not taking seriously enough?'],
    [D, 'What would you like people to say about the way you lived?'],
    [L, 'What is on your list of things to do before you turn a decade older?'],
    [L, 'Which book, film or game world would you move into for a week?'],
    [D, 'What is a dream we share that we have not made a plan for yet?'],
    [D, 'What scares you about going after what you want?'],
    [L, 'What would your ideal ordinary weekday look like in ten years?'],
    [D, 'What does success mean to you now, compared with five years ago?'],
    [L, 'What is a hobby you dropped that you would like to pick up again?'],
    [D, 'What could we change in our life to make more room for your dreams?'],
    [L, 'If we took a year off together, where would we start?'],
  ],
  gratitude: [
    [L, 'What did I do this week that made your day easier?'],
    [L, 'What is a moment from this month you would like to keep?'],
    [L, 'Which of our habits do you enjoy most?'],
    [L, 'What is something about our home you are thankful for?'],
    [L, 'Who outside the two of us made your week better, and how?'],
    [L, 'What is a meal we shared recently that you loved?'],
    [L, 'What made you laugh this week?'],
    [D, 'What is something I do so often that I might not know you notice it?'],
    [D, 'When did you feel most supported by me this year?'],
    [D, 'What quality of mine do you hope rubs off on you, or already has?'],
    [D, 'What hard time are you grateful we went through together, looking back?'],
    [D, 'What have you learned from me without my teaching it?'],
    [L, 'Which everyday thing would you miss most if it disappeared?'],
    [L, 'What is a small luxury that brings you joy right now?'],
    [D, 'What about your body are you grateful for today?'],
    [D, 'Which person from your past would you like to thank, and for what?'],
    [L, 'What is a tradition of ours you hope we never drop?'],
    [D, 'What part of our relationship do you feel luckiest about?'],
    [L, 'What went better than expected lately?'],
    [D, 'What have I given you that you have never told me about?'],
  ],
  money: [
    [L, 'What is the best thing you ever spent a small amount of money on?'],
    [L, 'What did your family do with money that you still do today?'],
    [L, 'Is there something you would gladly pay for to save time?'],
    [L, 'What purchase are you looking forward to this year?'],
    [L, 'Would you rather spend on experiences or on things, and why?'],
    [D, 'What money worry comes back to you most often?'],
    [D, 'What did money mean in the home you grew up in?'],
    [D, 'When do you feel most free with money, and when most anxious?'],
    [D, 'What would "enough" look like for us?'],
    [D, 'Is there a money decision of ours you have doubts about?'],
    [D, 'How do you feel about the way we split our costs right now?'],
    [L, 'What is a cheap date you would happily repeat every month?'],
    [D, 'What would you want us to do if one of us lost their income?'],
    [D, 'Which of our spending habits would you like us to change?'],
    [L, 'What would you do with an unexpected bonus of a month’s pay?'],
    [D, 'How much of your money should be yours to spend without asking?'],
    [D, 'What do you want money to make possible for us in ten years?'],
    [L, 'What is something you own that is worth far more to you than it cost?'],
    [D, 'What is a money mistake you made that taught you something?'],
    [D, 'What does generosity look like for you — to each other and to others?'],
  ],
  intimacy: [
    [L, 'What is your favourite way to be greeted when we see each other again?'],
    [L, 'What kind of touch helps you relax at the end of a day?'],
    [L, 'Which of our inside jokes still makes you smile?'],
    [L, 'What is a date from our early days you would like to relive?'],
    [L, 'When do you find me most attractive?'],
    [D, 'When do you feel closest to me?'],
    [D, 'What helps you feel desired?'],
    [D, 'Is there something you would like more of between us, or less of?'],
    [D, 'What makes it easy, or hard, for you to ask for what you want?'],
    [D, 'When did you last feel truly seen by me?'],
    [D, 'What does being close mean to you on a busy week?'],
    [L, 'What is the most romantic ordinary thing I do?'],
    [D, 'What is something new you would like us to try together?'],
    [D, 'How can I tell when you need space, and when you need me near?'],
    [L, 'Which photo of us do you like best, and why?'],
    [D, 'What gets in the way of us being close, and what could help?'],
    [D, 'What do you wish I understood about your needs?'],
    [L, 'What is a small gesture that makes you feel loved?'],
    [D, 'What does trust feel like in your body?'],
    [D, 'How would you like us to reconnect after time apart?'],
  ],
  family: [
    [L, 'What is a family tradition from your childhood you would like to keep?'],
    [L, 'Which relative do you most enjoy spending time with?'],
    [L, 'What family story gets told at every gathering?'],
    [L, 'What would your perfect holiday season look like?'],
    [D, 'What did your parents get right that you want to carry on?'],
    [D, 'What pattern from your family do you want to break?'],
    [D, 'How do you want us to handle time with our families?'],
    [D, 'Where do you feel pulled between your family and us?'],
    [D, 'What role did you play in your family growing up?'],
    [D, 'How do you want to care for our parents as they get older?'],
    [L, 'Which family recipe would you like us to learn?'],
    [D, 'What does "our family" mean to you today?'],
    [D, 'How should we decide who we spend holidays with?'],
    [L, 'Which friend feels like family to you?'],
    [D, 'What do you want children in our life to learn from us?'],
    [D, 'What is something about my family you find hard to talk about?'],
    [L, 'What is your favourite memory of a family trip?'],
    [D, 'How can I support you when a family visit drains you?'],
    [D, 'What boundary with family would make life easier for you?'],
    [L, 'What would you name a family pet, and why?'],
  ],
  repair: [
    [L, 'What helps you cool down when you are upset?'],
    [L, 'What is a sign that you are getting tired or hungry before I notice?'],
    [L, 'Which of my apologies works best for you: words, a hug, or doing something?'],
    [D, 'What do you need from me in the first minutes after a fight?'],
    [D, 'Is there an old hurt between us that still needs talking about?'],
    [D, 'What do I do in arguments that makes it harder for you to listen?'],
    [D, 'What do you do in arguments that you wish you did less?'],
    [D, 'How do you know when we have really made up?'],
    [D, 'What topic do we keep circling back to, and what lies under it?'],
    [D, 'When I am upset, what do you find hardest to do?'],
    [L, 'What is a phrase we could use to call a time-out kindly?'],
    [D, 'What did the grown-ups around you do after a fight, and what did you learn?'],
    [D, 'What would help you feel safe to bring up something difficult?'],
    [D, 'Which recent disagreement would you handle differently now?'],
    [L, 'What is your favourite way to make up after a silly argument?'],
    [D, 'What do you need to hear from me when you feel criticised?'],
    [D, 'How can we tell the difference between a problem to solve and a feeling to hear?'],
    [D, 'What forgiveness have you been waiting to give, or to receive?'],
    [L, 'What is something I could say that would make you smile mid-argument?'],
    [D, 'What have our hardest moments taught us about each other?'],
  ],
  future: [
    [L, 'Where would you like to spend our next anniversary?'],
    [L, 'What is one new thing you would like us to try this season?'],
    [L, 'What should our home look like in five years?'],
    [L, 'What would you like our weekends to feel like next year?'],
    [D, 'What would make you feel secure about our future?'],
    [D, 'What change are you hoping for in the next year, for you and for us?'],
    [D, 'What do you imagine our life looks like when we are old?'],
    [D, 'What would you not want to give up, whatever happens?'],
    [D, 'How do you want us to decide big things together?'],
    [D, 'What worries you about the years ahead?'],
    [L, 'What skill would you like us to learn together?'],
    [D, 'What would you like our friendships to look like in ten years?'],
    [D, 'Where do you see your work taking you, and how can I help?'],
    [L, 'Which city would you move to for a year, if we could?'],
    [D, 'What promise would you like us to make each other for the coming year?'],
    [D, 'What do you want us to be known for as a couple?'],
    [L, 'What is a tradition we should start this year?'],
    [D, 'How should we look after our health together as we get older?'],
    [D, 'What legacy would you like us to leave behind?'],
    [L, 'What are you most looking forward to next month?'],
  ],
};

export const prompts: Prompt[] = promptDecks.flatMap((deck) =>
  decks[deck].map(([depth, text], i) => ({
    key: `${deck}-${String(i + 1).padStart(2, '0')}`,
    deck,
    depth,
    text,
  })),
);

/**
 * The next prompt of a deck for a couple: the first one in the deck's order they have not had
 * yet; once every prompt has been asked, the deck starts over (from those asked longest ago).
 * Prompts of their own come after the deck's.
 */
export function nextPrompt(
  deck: PromptDeck,
  asked: { key: string; askedAt: string }[],
  ownKeys: string[] = [],
): string {
  const keys = [...prompts.filter((p) => p.deck === deck).map((p) => p.key), ...ownKeys];
  const last = new Map<string, string>();
  for (const a of asked) {
    const seen = last.get(a.key);
    if (!seen || a.askedAt > seen) last.set(a.key, a.askedAt);
  }
  const fresh = keys.find((key) => !last.has(key));
  if (fresh) return fresh;
  return [...keys].sort((x, y) =>
    last.get(x)! < last.get(y)! ? -1 : last.get(x)! > last.get(y)! ? 1 : 0,
  )[0]!;
}
