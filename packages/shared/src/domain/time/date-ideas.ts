/**
 * Date ideas, written for Tandem. Each is tagged so a couple can ask for "at home, free, under an
 * hour, we're tired" and get something that fits. Keys are stable: saved and planned dates refer
 * to them and translations are looked up by them, so wording may be polished but a key is never
 * reused. A couple's own ideas have the same shape and are filtered the same way.
 */
export const dateSettings = ['home', 'out'] as const;
export type DateSetting = (typeof dateSettings)[number];

/** Ordered cheapest first: a cost filter means "at most this". */
export const dateCosts = ['free', 'low', 'medium', 'high'] as const;
export type DateCost = (typeof dateCosts)[number];

/** Under an hour, an evening, half a day, a whole day. */
export const dateDurations = ['short', 'evening', 'half_day', 'day'] as const;
export type DateDuration = (typeof dateDurations)[number];

export const dateEnergies = ['low', 'medium', 'high'] as const;
export type DateEnergy = (typeof dateEnergies)[number];

export const dateSeasons = ['any', 'spring', 'summer', 'autumn', 'winter'] as const;
export type DateSeason = (typeof dateSeasons)[number];
/** A season of the year, as opposed to the "any season" tag. */
export type YearSeason = Exclude<DateSeason, 'any'>;

export interface DateIdea {
  key: string;
  title: string;
  description: string;
  setting: DateSetting;
  cost: DateCost;
  duration: DateDuration;
  energy: DateEnergy;
  /** `['any']`, or the one or more seasons the idea belongs to. */
  seasons: DateSeason[];
}

export interface DateIdeaFilter {
  setting?: DateSetting;
  /** At most this cost. */
  cost?: DateCost;
  duration?: DateDuration;
  energy?: DateEnergy;
  /** Ideas for any season match every season. */
  season?: YearSeason;
}

interface Tags {
  cost: DateCost;
  duration: DateDuration;
  energy: DateEnergy;
  /** Left out for ideas that suit any season. */
  seasons?: YearSeason[];
}
type Entry = [key: string, tags: Tags, title: string, description: string];

const ideas: Record<DateSetting, Entry[]> = {
  home: [
    [
      'blanket-fort-film',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Blanket fort film night',
      'Build a fort from every cushion and blanket you own and watch a film inside it. Before it starts, each guess which line the other will quote afterwards.',
    ],
    [
      'cook-an-unvisited-country',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'Cook from a country neither of you has visited',
      'Pick a country at random, find a home-style recipe and cook it together. While it simmers, say what you would do first if you landed there tomorrow.',
    ],
    [
      'photos-from-before',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Photos from before we met',
      'Each bring three photos from before you met. Tell the story behind the one the other has never asked about.',
    ],
    [
      'floor-picnic',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'Picnic on the living-room floor',
      'Spread a blanket on the floor and eat dinner picnic-style, no table allowed. Share the best picnic you remember and who was there.',
    ],
    [
      'tea-tasting',
      { cost: 'low', duration: 'short', energy: 'low' },
      'Tea tasting at the kitchen table',
      'Brew three teas you have never tried and taste them side by side. Score each one in secret, then see how far apart your scores landed.',
    ],
    [
      'three-song-kitchen-dance',
      { cost: 'free', duration: 'short', energy: 'medium' },
      'Three songs in the kitchen',
      'Each choose a song, pick a third together, and dance or sway in the kitchen through all three. Say why you chose yours.',
    ],
    [
      'letters-for-next-year',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Letters to open in a year',
      'Write each other a letter to open on this day next year, then seal them away. Guess out loud one thing the other wrote about.',
    ],
    [
      'jigsaw-and-talk',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'A jigsaw and a long talk',
      'Start a jigsaw together and let the talk wander while you sort the pieces. Notice who hunts for edges and who sorts by colour.',
    ],
    [
      'home-spa',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'Home spa evening',
      'Take turns giving hand or foot rubs with whatever lotion you have, soft music on. Ask what kind of touch feels most restful today.',
    ],
    [
      'family-recipe',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'A recipe from someone who raised you',
      'Cook a dish someone who raised you used to make, or the closest you can find. Tell the story of the kitchen it came from.',
    ],
    [
      'long-distance-film-night',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Long-distance film night',
      'On a call, press play at the same moment and watch a film from two homes. Agree on one snack you both eat, and text your reactions as it runs.',
    ],
    [
      'long-distance-cook-along',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'Cook the same meal on a video call',
      'Choose one recipe, shop for it separately and cook it side by side on a call. Eat together on screen and compare whose looks more like the picture.',
    ],
    [
      'envelope-by-post',
      { cost: 'low', duration: 'short', energy: 'low' },
      'An envelope of small things by post',
      'Post each other an envelope with three small things that remind you of them. Open them together on a call and guess why each was chosen.',
    ],
    [
      'online-game-from-afar',
      { cost: 'free', duration: 'evening', energy: 'medium' },
      'An online game from two homes',
      'Find a free online word, puzzle or board game you can play from afar. Between rounds, ask about the best moment of their day.',
    ],
    [
      'video-tour-of-your-week',
      { cost: 'free', duration: 'short', energy: 'low' },
      'A video tour of your week',
      'Send each other a two-minute video of the places you spent your week. Ask about the one spot you had never seen before.',
    ],
    [
      'matching-care-packages',
      { cost: 'medium', duration: 'short', energy: 'low' },
      'Matching care packages',
      'Send each other a small parcel with a snack, a tea and one surprise. Open them together on a call and rate each other’s choices.',
    ],
    [
      'ten-minutes-phones-away',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Ten minutes on the sofa, phones away',
      'Once the house is quiet, sit together for ten minutes with your phones in another room. Each say one thing from today you want the other to know.',
    ],
    [
      'takeaway-and-a-question',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'Takeaway and one big question',
      'Get a simple takeaway so nobody cooks tonight. Over dinner, ask a question you have not asked since life got busy.',
    ],
    [
      'late-dinner-after-bedtime',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'A late dinner once everyone is asleep',
      'When the little ones are asleep, eat a simple late dinner at a cleared table with a candle. Talk about anything except the household.',
    ],
    [
      'nap-on-purpose',
      { cost: 'free', duration: 'short', energy: 'low' },
      'A nap together, on purpose',
      'When you both have a free hour, nap side by side without guilt. Before you drift off, say one thing you are grateful for.',
    ],
    [
      'breakfast-in-bed',
      { cost: 'low', duration: 'short', energy: 'low' },
      'Breakfast in bed, taking turns',
      'One of you brings breakfast in bed this week, the other next week. Ask what a perfectly slow morning would look like if time allowed.',
    ],
    [
      'map-of-us',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Draw the map of your story',
      'Draw a hand-made map of the places that matter in your life together. Mark one place you would like to add next.',
    ],
    [
      'childhood-games',
      { cost: 'free', duration: 'evening', energy: 'medium' },
      'Teach each other a childhood game',
      'Each teach the other a card, paper or clapping game you played as a child. Talk about who taught it to you.',
    ],
    [
      'eyes-closed-tasting',
      { cost: 'low', duration: 'short', energy: 'low' },
      'Eyes-closed tasting',
      'Set out five small bites and feed them to each other with eyes closed. Guess each one, then share a taste that brings back a memory.',
    ],
    [
      'beginners-from-a-video',
      { cost: 'free', duration: 'evening', energy: 'medium' },
      'Beginners together',
      'Learn a small skill neither of you has, like origami or knots, from a free video. Notice how each of you handles being a beginner.',
    ],
    [
      'read-aloud',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Read aloud to each other',
      'Take turns reading a short story aloud, side by side or over a call. Stop at a cliffhanger and each predict what happens next.',
    ],
    [
      'our-playlist',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Build our playlist',
      'Make a shared playlist one song at a time, each adding a song that fits a moment in your story. Say which moment as you add it.',
    ],
    [
      'dream-home-floor-plan',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Draw a dream home',
      'Sketch a floor plan of an imaginary home together, with no budget. Notice which room each of you cares about most, and ask why.',
    ],
    [
      'bread-from-scratch',
      { cost: 'low', duration: 'half_day', energy: 'medium' },
      'Bake bread from scratch',
      'Spend a slow afternoon making bread, taking turns to knead. While the dough rises, ask the question you have been meaning to ask.',
    ],
    [
      'living-room-camp-out',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Camp out in the living room',
      'Sleep on the living-room floor with torches and snacks. Tell the silliest thing that ever happened to you on a trip.',
    ],
    [
      'quiz-about-me',
      { cost: 'free', duration: 'short', energy: 'medium' },
      'A quiz about each other',
      'Each write ten questions about yourself and quiz the other. Slow down on the ones they miss: those are the stories worth telling.',
    ],
    [
      'rearrange-a-room',
      { cost: 'free', duration: 'half_day', energy: 'high' },
      'Rearrange a room together',
      'Move the furniture in one room into a new layout and live with it for a week. Notice how the two of you decide when you disagree.',
    ],
    [
      'workout-for-two',
      { cost: 'free', duration: 'short', energy: 'high' },
      'A twenty-minute workout for two',
      'Do a short workout side by side, taking turns to pick each move and adapting it to how your body feels today. Cheer each other on out loud.',
    ],
    [
      'dance-lesson-video',
      { cost: 'free', duration: 'evening', energy: 'high' },
      'Learn a dance from a video',
      'Follow a free video lesson in a dance from somewhere neither of you grew up. Laugh at the mistakes and keep the one move you like best.',
    ],
    [
      'dumpling-folding',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'Dumpling folding night',
      'Make dumplings, empanadas or any filled dough, folding side by side. Each invent a new fold and name it after the other.',
    ],
    [
      'soup-by-lamplight',
      { cost: 'low', duration: 'evening', energy: 'low', seasons: ['winter'] },
      'Soup by lamplight',
      'Make a big pot of soup on a cold evening and eat it by lamplight. Ask what made them feel looked after when they were ill as a child.',
    ],
    [
      'hot-chocolate-three-ways',
      { cost: 'low', duration: 'short', energy: 'low', seasons: ['winter'] },
      'Hot chocolate three ways',
      'Make hot chocolate three ways, spiced, salted and plain, and choose a favourite. Share a winter memory that still feels warm.',
    ],
    [
      'longest-night-candles',
      { cost: 'free', duration: 'evening', energy: 'low', seasons: ['winter'] },
      'Candles on the longest night',
      'Around the longest night of the year, turn off the lights and sit by candlelight. Each name one thing to let go of and one to welcome as the days grow.',
    ],
    [
      'winter-reading-nest',
      { cost: 'free', duration: 'evening', energy: 'low', seasons: ['winter'] },
      'A reading nest for a cold night',
      'Pile up blankets, make a warm drink and read your own books side by side. Now and then, read the other a line you liked.',
    ],
    [
      'plan-next-summer',
      { cost: 'free', duration: 'short', energy: 'low', seasons: ['winter'] },
      'Plan next summer on a dark evening',
      'On a dark winter evening, list the warm-weather things you want to do together. Pick the first one and give it a date.',
    ],
    [
      'windowsill-seeds',
      { cost: 'low', duration: 'short', energy: 'low', seasons: ['spring'] },
      'Seeds on a windowsill',
      'Plant herbs or flowers in small pots on a windowsill. Each look after one pot, and decide what you will cook or celebrate when they grow.',
    ],
    [
      'spring-clear-out',
      { cost: 'free', duration: 'half_day', energy: 'high', seasons: ['spring'] },
      'A spring clear-out with loud music',
      'Clear out one cupboard or corner together with loud music on. For each thing you keep, tell the story of why it stays.',
    ],
    [
      'homemade-ice-lollies',
      { cost: 'low', duration: 'short', energy: 'low', seasons: ['summer'] },
      'Homemade ice lollies',
      'Blend fruit into ice lollies and invent a flavour for each other. Eat them on the hottest day and talk about the best summer you remember.',
    ],
    [
      'no-cook-hot-night-dinner',
      { cost: 'low', duration: 'evening', energy: 'low', seasons: ['summer'] },
      'A no-cook dinner on a hot night',
      'Make a dinner that needs no stove: salads, fruit, cold noodles. Eat by an open window and talk about the hottest place you have ever been.',
    ],
    [
      'bake-the-autumn-fruit',
      { cost: 'low', duration: 'evening', energy: 'medium', seasons: ['autumn'] },
      'Bake with the season’s fruit',
      'Bake something with apples, pears, plums or squash, whatever is in season near you. Ask what autumn smelled like where they grew up.',
    ],
    [
      'jar-of-autumn',
      { cost: 'low', duration: 'half_day', energy: 'medium', seasons: ['autumn'] },
      'Jam, chutney or pickles for later',
      'Make a jar of jam, chutney or pickles from autumn produce. Write a label with the date and one line about this season, for when you open it.',
    ],
    [
      'stories-as-evenings-draw-in',
      { cost: 'free', duration: 'evening', energy: 'low', seasons: ['autumn'] },
      'Stories as the evenings draw in',
      'Turn off the lights and tell each other stories, true, invented or half of each. Whoever is listening chooses the ending.',
    ],
    [
      'pressed-leaves',
      { cost: 'free', duration: 'short', energy: 'low', seasons: ['autumn'] },
      'Press the best leaves',
      'Press the brightest leaves you have found between heavy books. Once they are flat, write on each one a moment from this autumn.',
    ],
    [
      'rain-at-the-window',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Listen to the rain',
      'When it rains, sit by a window with something warm to drink and just listen. Take turns saying what the sound reminds you of.',
    ],
    [
      'online-museum-auction',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'An online museum, with a pretend auction',
      'Explore a museum’s collection online and each choose one piece for your home. Pitch it to the other like an auctioneer.',
    ],
    [
      'mystery-ingredient',
      { cost: 'low', duration: 'evening', energy: 'high' },
      'Mystery ingredient cook-off',
      'Each secretly buy one ingredient the other must cook with tonight. Judge kindly, and ask what they were going for.',
    ],
    [
      'jar-of-good-moments',
      { cost: 'free', duration: 'short', energy: 'low' },
      'A jar of good moments',
      'Each write three small good moments from this month on slips of paper and drop them in a jar. Read a few old ones aloud if you have them.',
    ],
    [
      'living-room-karaoke',
      { cost: 'free', duration: 'evening', energy: 'high' },
      'Living-room karaoke',
      'Sing along to lyric videos with a hairbrush for a microphone. Each choose one song for the other to perform, chosen with love.',
    ],
    [
      'stretch-before-bed',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Stretch together before bed',
      'Do ten minutes of gentle stretching side by side before sleep. Afterwards, say where in your body you carried today.',
    ],
    [
      'trip-you-may-never-take',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Plan a trip you may never take',
      'Plan a dream trip in detail, from the route to the meals, without worrying if it will happen. Notice what each of you wants from time away.',
    ],
    [
      'time-capsule',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Make a time capsule',
      'Fill a box with small things from this year and a note on where you hope to be. Agree a date to open it and put it in the calendar.',
    ],
    [
      'clay-for-each-other',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'Air-dry clay for each other',
      'Each shape a small object from air-dry clay that stands for the other. Swap them once they are done and explain your choices.',
    ],
    [
      'five-minute-portraits',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Five-minute portraits',
      'Sit face to face and draw each other in five minutes, no skill needed. Swap, and each find the thing the other got exactly right.',
    ],
    [
      'someone-who-shaped-you',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Someone who shaped you',
      'Each tell the story of someone, family or not, who shaped who you are. Ask what they would think of the life you are building.',
    ],
    [
      'breakfast-for-dinner',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'Breakfast for dinner',
      'Make pancakes, congee, eggs or whatever breakfast means to you, at dinner time. Talk about the breakfasts you grew up with.',
    ],
    [
      'one-episode-then-talk',
      { cost: 'free', duration: 'short', energy: 'low' },
      'One episode, then talk',
      'Listen to a short podcast or talk together, then say where you agree and where you do not. Stay curious about the parts you see differently.',
    ],
    [
      'documentary-debrief',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Documentary and debrief',
      'Watch a documentary on something neither of you knows much about. Afterwards, each say one thing you think you will remember in a year.',
    ],
    [
      'dinner-from-the-film',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'Dinner from where the film is set',
      'Cook food from the place a film is set, then watch it. Ask whether it made them want to go there, and what they would do first.',
    ],
    [
      'silly-poems',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Silly poems for each other',
      'Each write a short poem about the other, rhymes optional and silliness welcome. Read them aloud with great seriousness.',
    ],
    [
      'album-of-a-season',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'An album of one season',
      'Choose photos for a small printed or digital album of one season together. Write a caption for each photo the other picked.',
    ],
    [
      'clue-trail',
      { cost: 'free', duration: 'evening', energy: 'high' },
      'A trail of clues around home',
      'Hide a small treat and write a trail of clues for the other to follow around your home. Make every clue a shared memory.',
    ],
    [
      'ten-words',
      { cost: 'free', duration: 'short', energy: 'medium' },
      'Ten words in a new language',
      'Learn ten words of a language, one of your families’ or one new to you both. Use them for the rest of the evening.',
    ],
    [
      'pizzas-for-each-other',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'Make a pizza for the other',
      'Each make a pizza, flatbread or topped toast for the other, with what you think they would love. See how well you guessed.',
    ],
    [
      'crossword-together',
      { cost: 'free', duration: 'short', energy: 'low' },
      'A crossword over tea',
      'Solve a crossword or word puzzle together over tea or coffee. Notice which kinds of answer each of you knows, and say so.',
    ],
    [
      'screen-free-evening',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'A screen-free evening',
      'Put every screen away from dinner until bed and see where the evening goes. At the end, each say what you would keep from it.',
    ],
    [
      'dress-up-dinner-at-home',
      { cost: 'medium', duration: 'evening', energy: 'medium' },
      'Dress up for dinner at home',
      'Dress up, set the table properly and serve three courses at home, even if one is toast. Raise a glass of whatever you like to something small.',
    ],
    [
      'pyjama-day',
      { cost: 'free', duration: 'day', energy: 'low' },
      'A whole pyjama day',
      'Stay in pyjamas all day with films, naps and snacks, no plans allowed. At the end, ask what rest feels like for them, and when they last had it.',
    ],
    [
      'slow-feast',
      { cost: 'medium', duration: 'day', energy: 'medium' },
      'Cook a feast all day',
      'Spend a whole day cooking something slow and ambitious, a stew, a roast, a tray of sweets. Invite no one, and eat it as if it were a holiday.',
    ],
    [
      'build-it-together',
      { cost: 'low', duration: 'day', energy: 'high' },
      'Build something together',
      'Spend a day making something for your home, shelves, a planter or a repair. Notice who reads the instructions and who just starts.',
    ],
    [
      'make-a-short-film',
      { cost: 'free', duration: 'day', energy: 'high' },
      'Make a three-minute film',
      'Write, shoot and edit a three-minute film on your phones, any genre. Hold a premiere that evening with a bowl of popcorn.',
    ],
    [
      'staycation-day',
      { cost: 'low', duration: 'day', energy: 'low' },
      'A holiday without leaving home',
      'Treat home like a holiday rental for a day: no chores, no email, a special breakfast. Ask what a holiday needs to feel like a holiday to them.',
    ],
    [
      'long-distance-day-on-call',
      { cost: 'free', duration: 'day', energy: 'low' },
      'A lazy day on an open call',
      'Leave a video call open through a slow day apart, cooking, reading and napping in company. Say goodnight at the same moment.',
    ],
  ],
  out: [
    [
      'catch-a-sunrise',
      { cost: 'free', duration: 'short', energy: 'medium' },
      'Catch a sunrise',
      'Get up early and find somewhere with a view east, a hill, a bridge or a high floor. Say one hope for the day as the light comes up.',
    ],
    [
      'market-gift-swap',
      { cost: 'low', duration: 'half_day', energy: 'medium' },
      'A market with a tiny budget',
      'Visit a food or flea market with a small budget and buy one thing each for the other. Explain your choice over something to eat.',
    ],
    [
      'library-swap',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Choose each other a library book',
      'At a library, each choose a book the other would never pick. Read the first page aloud to each other before you leave.',
    ],
    [
      'one-piece-museum',
      { cost: 'free', duration: 'half_day', energy: 'medium' },
      'Museum with a one-piece rule',
      'At a museum or gallery, each choose the one piece you would take home. Then try to find the piece you think the other chose.',
    ],
    [
      'park-picnic',
      { cost: 'low', duration: 'half_day', energy: 'low', seasons: ['spring', 'summer'] },
      'A picnic in the park',
      'Pack a simple picnic and find a patch of grass or a bench. Bring one food the other has never tried.',
    ],
    [
      'garden-in-bloom',
      { cost: 'low', duration: 'half_day', energy: 'low', seasons: ['spring'] },
      'A public garden in bloom',
      'Visit a public garden while things are in flower, and each photograph the bloom most like the other. Compare and explain.',
    ],
    [
      'blossom-walk',
      { cost: 'free', duration: 'short', energy: 'medium', seasons: ['spring'] },
      'Walk under the blossom',
      'Find a street or park with blossoming trees and walk or roll beneath them. Ask what new start they would like this spring.',
    ],
    [
      'kite-on-a-windy-day',
      { cost: 'low', duration: 'half_day', energy: 'high', seasons: ['spring'] },
      'Fly a kite on a windy day',
      'Buy or make a cheap kite and take it somewhere open on a breezy day. While you take turns on the string, talk about something you want to let go of.',
    ],
    [
      'spring-rain-walk',
      { cost: 'free', duration: 'short', energy: 'medium', seasons: ['spring'] },
      'Out in the spring rain',
      'Put on something waterproof and go out in a light rain on purpose. Notice the smells, and say which one takes you somewhere else.',
    ],
    [
      'birdsong-morning',
      { cost: 'free', duration: 'half_day', energy: 'low', seasons: ['spring'] },
      'An early bird morning',
      'Go out early on a spring morning and count the birds you can spot or hear. Each give one of them a made-up name, and keep it as a private joke.',
    ],
    [
      'community-planting',
      { cost: 'free', duration: 'half_day', energy: 'medium', seasons: ['spring'] },
      'A community planting day',
      'Join a tree-planting or community garden day. Choose one plant to visit together as it grows.',
    ],
    [
      'first-drink-outdoors',
      { cost: 'low', duration: 'short', energy: 'low', seasons: ['spring'] },
      'The first outdoor coffee of the year',
      'On the first warm day, take your coffee or tea outside to a bench or some steps. Say what you want more of now the days are longer.',
    ],
    [
      'swim-somewhere-new',
      { cost: 'low', duration: 'half_day', energy: 'high', seasons: ['summer'] },
      'Swim somewhere new',
      'Find a public pool, lake or beach you have not tried and swim together. Afterwards, share something that scared you as a child and how you got past it.',
    ],
    [
      'open-air-film',
      { cost: 'medium', duration: 'evening', energy: 'low', seasons: ['summer'] },
      'An open-air film',
      'Find an outdoor film screening and bring a blanket and snacks. Afterwards, recast the film with people you both know.',
    ],
    [
      'sunset-supper',
      { cost: 'low', duration: 'evening', energy: 'medium', seasons: ['summer'] },
      'Supper with a sunset',
      'Carry a simple supper somewhere high enough to watch the sun go down. As it sets, each name a moment from this summer you want to keep.',
    ],
    [
      'cool-your-feet',
      { cost: 'free', duration: 'short', energy: 'low', seasons: ['summer'] },
      'Cool your feet in the water',
      'On a hot day, cool your feet in a fountain, stream or the sea. Ask what summers were like where they grew up.',
    ],
    [
      'community-festival',
      { cost: 'low', duration: 'day', energy: 'high', seasons: ['summer'] },
      'A day at a local festival',
      'Spend a day at a street fair or cultural festival, including one from a community not your own. Try a food and a dance you do not know.',
    ],
    [
      'pick-your-own',
      { cost: 'low', duration: 'half_day', energy: 'medium', seasons: ['summer', 'autumn'] },
      'Pick your own fruit',
      'Go to a pick-your-own farm or join a community harvest. Each find the single most perfect piece of fruit and give it to the other.',
    ],
    [
      'stargazing',
      { cost: 'free', duration: 'evening', energy: 'low', seasons: ['summer'] },
      'Stars on a warm night',
      'Find the darkest spot you can reach, lie back and look up. Name one constellation with a free star app, then invent its story together.',
    ],
    [
      'hire-a-boat',
      { cost: 'medium', duration: 'half_day', energy: 'high', seasons: ['summer'] },
      'Hire a boat for an hour',
      'Hire a rowing boat, pedalo or canoe on a lake or river. Take turns steering, and notice how you work as a crew.',
    ],
    [
      'day-by-the-water',
      { cost: 'low', duration: 'day', energy: 'medium', seasons: ['summer'] },
      'A whole day by the water',
      'Spend a day by the sea, a lake or a river with food, shade and nowhere else to be. Ask what they would do with a whole free summer.',
    ],
    [
      'ice-cream-crawl',
      { cost: 'low', duration: 'evening', energy: 'medium', seasons: ['summer'] },
      'Three ice cream stops',
      'Try ice cream or sorbet from three places in one evening and score them together. Ask what treat they got on hot days as a child.',
    ],
    [
      'leaf-colour-walk',
      { cost: 'free', duration: 'short', energy: 'medium', seasons: ['autumn'] },
      'Hunt for the brightest leaf',
      'Walk or roll through a park and each collect the most colourful leaf you can find. Decide together whose wins, and why.',
    ],
    [
      'harvest-outing',
      { cost: 'low', duration: 'half_day', energy: 'medium', seasons: ['autumn'] },
      'A harvest market outing',
      'Visit a harvest market, farm shop or orchard and bring back something to cook together. Ask which harvest food tastes most like home.',
    ],
    [
      'walk-in-the-fog',
      { cost: 'free', duration: 'short', energy: 'low', seasons: ['autumn'] },
      'A walk in the fog',
      'On a misty morning, go out for a short walk before the fog lifts. Talk about something that felt unclear this year and how it looks now.',
    ],
    [
      'autumn-hike',
      { cost: 'free', duration: 'day', energy: 'high', seasons: ['autumn'] },
      'A long autumn walk with a flask',
      'Take a long walk through woods or hills while the leaves turn, with a flask of something warm. At the top, each say what you are ready to let go of.',
    ],
    [
      'golden-hour-photos',
      { cost: 'free', duration: 'short', energy: 'medium', seasons: ['autumn'] },
      'Golden-hour photos',
      'Go out in the low autumn light just before sunset and photograph each other. Choose the photo where the other looks most like themselves.',
    ],
    [
      'roast-chestnuts-walk',
      { cost: 'low', duration: 'evening', energy: 'medium', seasons: ['autumn', 'winter'] },
      'Something roasted from a street stall',
      'Buy roasted nuts, sweet potato or corn from a street stall and eat it walking in the cold. Ask what street food they grew up with.',
    ],
    [
      'winter-lights-walk',
      { cost: 'free', duration: 'evening', energy: 'medium', seasons: ['winter'] },
      'Walk among the winter lights',
      'Walk through streets lit up for the season’s festivals, whichever they are where you live. Each choose a favourite display and say why it caught you.',
    ],
    [
      'ice-skating',
      { cost: 'medium', duration: 'evening', energy: 'high', seasons: ['winter'] },
      'Ice skating, wobbles welcome',
      'Go to an ice rink and hold on to each other as much as you need. Share something you are a beginner at right now.',
    ],
    [
      'snow-day',
      { cost: 'free', duration: 'half_day', energy: 'high', seasons: ['winter'] },
      'Out in the snow',
      'When it snows, go out and build something, a snow creature or a tiny fort, then warm up inside. Ask what snow meant to them as a child, even if it never came.',
    ],
    [
      'winter-market',
      { cost: 'low', duration: 'evening', energy: 'medium', seasons: ['winter'] },
      'A winter market stroll',
      'Wander a winter market with a hot drink. Each choose a tiny gift for the other under an agreed small amount.',
    ],
    [
      'crisp-winter-walk',
      { cost: 'free', duration: 'short', energy: 'medium', seasons: ['winter'] },
      'A crisp winter walk',
      'Wrap up and take a brisk walk on a cold, clear day, then stop for something hot. Ask what keeps them going through the dark months.',
    ],
    [
      'late-winter-sunrise',
      { cost: 'free', duration: 'short', energy: 'low', seasons: ['winter'] },
      'A sunrise without the early alarm',
      'The sun rises late in winter, so catch it on an ordinary morning from a bridge, hill or park. Say one thing you want to start before spring.',
    ],
    [
      'warm-swim-cold-day',
      { cost: 'medium', duration: 'half_day', energy: 'low', seasons: ['winter'] },
      'Warm water on a freezing day',
      'On a freezing day, go to an indoor pool, bathhouse or sauna and warm up slowly. Ask what comforts them most when it is cold outside.',
    ],
    [
      'cafe-back-stories',
      { cost: 'low', duration: 'short', energy: 'low' },
      'Invent lives from a café window',
      'Sit by a café window and quietly invent back-stories for the people passing. Notice which kind of story each of you tends to tell.',
    ],
    [
      'second-hand-book-gift',
      { cost: 'low', duration: 'short', energy: 'low' },
      'A second-hand book for each other',
      'In a second-hand bookshop, find a book the other should read for the price of a coffee. Write a note inside the cover before you hand it over.',
    ],
    [
      'second-hand-outfits',
      { cost: 'low', duration: 'half_day', energy: 'medium' },
      'Second-hand outfit challenge',
      'In a charity or second-hand shop, choose an outfit for each other on a small budget. Wear them out for a cheap lunch straight after.',
    ],
    [
      'end-of-the-line',
      { cost: 'low', duration: 'half_day', energy: 'medium' },
      'Ride to the end of the line',
      'Take a bus or train you have never taken and ride it to the last stop. Explore for an hour and find something small to remember it by.',
    ],
    [
      'tourists-at-home',
      { cost: 'free', duration: 'half_day', energy: 'medium' },
      'Tourists in your own town',
      'Spend an afternoon as tourists in your own town, with a map and a list of sights you always skip. Take a photo of each other at the most touristy spot.',
    ],
    [
      'free-live-music',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'Free live music',
      'Find free live music: a busker, a community choir, a lunchtime concert. Stay for one song longer than you planned.',
    ],
    [
      'open-mic',
      { cost: 'low', duration: 'evening', energy: 'low' },
      'An open-mic night',
      'Go to an open-mic night for comedy, poetry or music. Afterwards, each say which act took the biggest risk and why you admired it.',
    ],
    [
      'cooking-class',
      { cost: 'high', duration: 'evening', energy: 'medium' },
      'A cooking class in a new cuisine',
      'Book a cooking class in a cuisine neither of you knows. Notice how you share the work when someone else gives the instructions.',
    ],
    [
      'craft-class',
      { cost: 'high', duration: 'evening', energy: 'medium' },
      'A pottery or craft class',
      'Take a one-off class in pottery, printing or weaving. Make one thing for your shared home and decide together where it goes.',
    ],
    [
      'beginner-dance-class',
      { cost: 'medium', duration: 'evening', energy: 'high' },
      'A beginners’ dance class',
      'Try a beginners’ class in a dance neither of you knows, taking turns to lead. Afterwards, talk about what it felt like to follow the other.',
    ],
    [
      'bouldering',
      { cost: 'medium', duration: 'evening', energy: 'high' },
      'Bouldering for beginners',
      'Try an indoor climbing or bouldering session, spotting and cheering in turns. Ask what it felt like to have the other watching.',
    ],
    [
      'volunteer-together',
      { cost: 'free', duration: 'half_day', energy: 'medium' },
      'Volunteer side by side',
      'Spend a morning volunteering together, at a food bank, animal shelter or park clean-up. On the way home, share what you each noticed.',
    ],
    [
      'local-match',
      { cost: 'low', duration: 'half_day', energy: 'medium' },
      'Cheer at a local match',
      'Watch an amateur or local match of any sport and pick a team on the spot. Cheer like lifelong fans, and ask what they loved to play as a kid.',
    ],
    [
      'bowling-for-a-question',
      { cost: 'medium', duration: 'evening', energy: 'high' },
      'Bowling or arcade for a question',
      'Go bowling or to an arcade and play for a silly prize. The loser asks one question the winner must answer honestly.',
    ],
    [
      'day-trip-by-train',
      { cost: 'medium', duration: 'day', energy: 'medium' },
      'A day trip by train',
      'Take an early train to a town you have never visited and spend the day there without a plan. Each choose one stop the other may not question.',
    ],
    [
      'one-night-nearby',
      { cost: 'high', duration: 'day', energy: 'low' },
      'One night somewhere nearby',
      'Book one night somewhere close but new, even in your own city. Leave the chores behind and ask what would make you both feel rested.',
    ],
    [
      'untried-cuisine',
      { cost: 'medium', duration: 'evening', energy: 'low' },
      'Dinner in a cuisine you have never had',
      'Choose a restaurant serving food neither of you has eaten before. Ask the staff what to order and trust them.',
    ],
    [
      'special-dinner-no-reason',
      { cost: 'high', duration: 'evening', energy: 'low' },
      'A special dinner for no reason',
      'Book somewhere you would usually save for a big occasion, for no reason at all. Toast something small that went well this month.',
    ],
    [
      'street-food-crawl',
      { cost: 'low', duration: 'evening', energy: 'medium' },
      'A street food crawl',
      'Share one small dish at each of three or four stalls or takeaways. Rank them together at the end and argue kindly about the winner.',
    ],
    [
      'community-run',
      { cost: 'free', duration: 'short', energy: 'high' },
      'A community run, jog or walk',
      'Join a free community run or walk and go at the slower person’s pace. Celebrate with breakfast after, and ask what felt good today.',
    ],
    [
      'bike-ride-somewhere-new',
      { cost: 'low', duration: 'half_day', energy: 'high' },
      'Ride bikes somewhere new',
      'Hire or borrow bikes and ride to a place you have never been, stopping as often as you like. Share one thing you noticed that the other missed.',
    ],
    [
      'animal-match',
      { cost: 'medium', duration: 'half_day', energy: 'low' },
      'Find the animal most like the other',
      'Visit an aquarium, zoo or animal sanctuary and each choose the creature that matches the other’s personality. Defend your choice.',
    ],
    [
      'planetarium',
      { cost: 'medium', duration: 'evening', energy: 'low' },
      'A planetarium show',
      'Go to a planetarium or science centre show. Afterwards, ask which big question about the universe still puzzles them.',
    ],
    [
      'see-a-play',
      { cost: 'medium', duration: 'evening', energy: 'low' },
      'See a play',
      'Go to a play; local amateur theatre counts. Afterwards, each name the character you would most like to have dinner with.',
    ],
    [
      'heritage-visit',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Visit a heritage site or old building',
      'Visit a historic building, place of worship or heritage site that welcomes visitors. Each find one detail its builders clearly cared about.',
    ],
    [
      'photo-walk-theme',
      { cost: 'free', duration: 'half_day', energy: 'medium' },
      'A photo walk with one theme',
      'Walk around with your phones and a single theme, like red things or circles. Pick your best three each and tell the story of one.',
    ],
    [
      'hidden-treasure-hunt',
      { cost: 'free', duration: 'half_day', energy: 'medium' },
      'Hunt for hidden caches',
      'Use a free geocaching app to find caches hidden near you. Leave a small note in one for whoever finds it next.',
    ],
    [
      'day-hike-to-a-view',
      { cost: 'free', duration: 'day', energy: 'high' },
      'A day walk to a view',
      'Pack lunch and walk a trail to a viewpoint at a pace that suits you both. At the top, each point to where you would build a cabin.',
    ],
    [
      'coffee-the-long-way',
      { cost: 'low', duration: 'short', energy: 'low' },
      'Coffee the long way home',
      'Get two hot drinks to go and walk the long way home. Ask about one small worry before it has a chance to grow.',
    ],
    [
      'lunch-break-date',
      { cost: 'low', duration: 'short', energy: 'low' },
      'A lunch-break date',
      'Meet for lunch on a workday, even for half an hour. Talk about anything except work and the house.',
    ],
    [
      'errand-into-date',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Turn an errand into a date',
      'Do the weekly shop together, then sit on a bench for ten minutes before heading home. Each say one thing you are looking forward to this week.',
    ],
    [
      'escape-room',
      { cost: 'medium', duration: 'evening', energy: 'high' },
      'An escape room for two',
      'Book an escape room and solve it together. Afterwards, talk about the role each of you took, and whether it is the same at home.',
    ],
    [
      'sketch-the-same-scene',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Sketch the same scene',
      'Take pencils and paper to a square or park and draw the same view. Compare what each of you drew first.',
    ],
    [
      'free-public-talk',
      { cost: 'free', duration: 'evening', energy: 'low' },
      'A free public talk',
      'Go to a free talk at a library, university or community centre on a subject new to you both. On the way home, teach it back to each other.',
    ],
    [
      'twenty-quiet-minutes',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Twenty quiet minutes outdoors',
      'Find a quiet spot in a park or by water and sit for twenty minutes without talking. Then share everything you each noticed.',
    ],
    [
      'long-distance-walk-and-talk',
      { cost: 'free', duration: 'short', energy: 'medium' },
      'Walk and talk from two places',
      'Go out for a walk or roll at the same time in your two towns, on a call. Point your camera at the best thing each of you sees along the way.',
    ],
    [
      'same-moon',
      { cost: 'free', duration: 'short', energy: 'low' },
      'Look at the same moon',
      'When you are apart, step outside at the same moment on a call and find the moon. Describe what else is in your sky tonight.',
    ],
    [
      'island-or-ferry',
      { cost: 'medium', duration: 'day', energy: 'medium' },
      'A ferry ride for the day',
      'Take a ferry or river boat somewhere, even a short hop across the water, and spend the day on the other side. Ask what makes a place feel far away.',
    ],
    [
      'long-bike-route',
      { cost: 'low', duration: 'day', energy: 'high' },
      'A long bike route with a picnic',
      'Ride a long, flat route such as a riverside or old railway path with a picnic halfway. Talk about a challenge you would like to train for together.',
    ],
    [
      'theme-park',
      { cost: 'high', duration: 'day', energy: 'high' },
      'A theme park day',
      'Spend a day at a theme park or funfair and take turns choosing rides. Ask what thrill they loved as a child and whether they still do.',
    ],
    [
      'spa-day',
      { cost: 'high', duration: 'day', energy: 'low' },
      'A spa or bathhouse day',
      'Spend a day at a spa, public bathhouse or hot springs, moving slowly between warm and cool. Say how your body feels at the end, compared with the morning.',
    ],
    [
      'where-you-grew-up',
      { cost: 'medium', duration: 'day', energy: 'medium' },
      'Show me where you grew up',
      'Take a day to visit a place from one of your pasts: a school, a street, a park. The guide tells one story they have never told before.',
    ],
    [
      'city-end-to-end',
      { cost: 'free', duration: 'day', energy: 'high' },
      'Cross your city on foot',
      'Walk or roll from one edge of your city or town to the other, stopping for food on the way. Keep a list of the places you want to come back to.',
    ],
    [
      'festival-volunteers',
      { cost: 'free', duration: 'day', energy: 'high' },
      'Volunteer at an event for a day',
      'Sign up together to help at a race, festival or community event. Notice what the other is like when they are looking after strangers.',
    ],
  ],
};

/** All of Tandem's own date ideas, at home first. */
export const dateIdeas: readonly DateIdea[] = dateSettings.flatMap((setting) =>
  ideas[setting].map(([key, { seasons, ...tags }, title, description]) => ({
    key,
    title,
    description,
    setting,
    ...tags,
    seasons: seasons ?? ['any'],
  })),
);

/**
 * The ideas that fit a filter, in their given order: Tandem's own by default, or any list such
 * as the couple's own ideas alongside them.
 */
export function dateIdeasMatching<T extends DateIdea = DateIdea>(
  filter: DateIdeaFilter,
  among: readonly T[] = dateIdeas as readonly T[],
): T[] {
  const { setting, cost, duration, energy, season } = filter;
  const maxCost = cost === undefined ? dateCosts.length - 1 : dateCosts.indexOf(cost);
  return among.filter(
    (idea) =>
      (setting === undefined || idea.setting === setting) &&
      dateCosts.indexOf(idea.cost) <= maxCost &&
      (duration === undefined || idea.duration === duration) &&
      (energy === undefined || idea.energy === energy) &&
      (season === undefined || idea.seasons.includes('any') || idea.seasons.includes(season)),
  );
}
