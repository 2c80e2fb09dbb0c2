import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { optionLabel } from './decision-words';
import type { People } from './people';

type Choice = NonNullable<Decision['choice']>;

/** "You chose Coast", or that none of the options was taken and we keep looking. */
export function choiceHeadline(decision: Pick<Decision, 'options' | 'choice'>): string {
  const chosen = decision.choice?.optionId;
  return chosen
    ? t('decide.choice.youChose', { label: optionLabel(decision, chosen) })
    : t('decide.choice.noneYet');
}

export type GaveWay = 'favourite' | 'little' | 'some' | 'lot';

/** How far someone gave way (0 = their favourite, 1 = the one they liked least), in a word. */
export function gaveWay(conceded: number): GaveWay {
  if (conceded < 0.005) return 'favourite';
  if (conceded <= 1 / 3) return 'little';
  if (conceded <= 2 / 3) return 'some';
  return 'lot';
}

/** Each person's concession in a sentence, me first: "You got your favourite." */
export function concessionSentences(choice: Pick<Choice, 'concessions'>, people: People): string[] {
  return people.order.flatMap((userId) => {
    const concession = choice.concessions.find((c) => c.userId === userId);
    if (!concession) return [];
    const how = gaveWay(concession.conceded);
    return userId === people.myId
      ? [t(`decide.gaveWay.me.${how}`)]
      : [t(`decide.gaveWay.other.${how}`, { name: people.nameOf(userId) })];
  });
}

/** Whether to ask "still the right call?": a choice was made and its review day has come. */
export function reviewDue(
  decision: Pick<Decision, 'choice' | 'capabilities'>,
  today: string,
): boolean {
  const reviewOn = decision.choice?.reviewOn;
  return decision.capabilities.canReview && typeof reviewOn === 'string' && reviewOn <= today;
}

/** Someone's answer to "still the right call?", me first: "Sam: let’s revisit it." */
export function reviewSentences(choice: Pick<Choice, 'reviews'>, people: People): string[] {
  return people.order.flatMap((userId) =>
    choice.reviews
      .filter((review) => review.userId === userId)
      .map((review) => {
        const verdict = t(`decide.review.verdict.${review.verdict}`);
        const said =
          userId === people.myId
            ? t('decide.review.mine', { verdict })
            : t('decide.review.theirs', { name: people.nameOf(userId), verdict });
        return review.note ? t('decide.review.withNote', { said, note: review.note }) : said;
      }),
  );
}
