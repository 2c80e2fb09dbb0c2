import type { ChoreRating, ChoreSharesView, Member, Responsibility } from '@tandem/shared';
import { format, locale, t } from '../../lib/i18n';
import { formatDuration } from './chore-minutes';
import { memberOrder } from './fairness-geometry';
import { choresOf, memberName } from './shares-view';

interface ExplainInput {
  shares: ChoreSharesView;
  chores: readonly Responsibility[];
  members: readonly Member[];
  myId: string;
}

const names = (chores: readonly Responsibility[]) => format.list(chores.map((c) => c.name));
const rated = (chores: readonly Responsibility[], rating: ChoreRating) =>
  chores.filter((c) => c.myRating === rating);

/** What I take, and why, in my own words: only my ratings, which only I ever see. */
function whatITake({ shares, chores, myId }: ExplainInput): string[] {
  const mine = choresOf(shares, chores, myId);
  if (mine.length === 0) return [t('chores.explain.takeNothing')];
  const taken = format.list(
    mine.map(({ chore, pinned }) =>
      pinned ? t('chores.explain.pinnedMine', { name: chore.name }) : chore.name,
    ),
  );
  // A pinned one is mine because of the pin, whatever I said about it.
  const chosen = mine.filter((m) => !m.pinned).map((m) => m.chore);
  const feelings = [
    ...(rated(chosen, 'love').length > 0
      ? [t('chores.explain.feeling.love', { chores: names(rated(chosen, 'love')) })]
      : []),
    ...(rated(chosen, 'fine').length > 0
      ? [t('chores.explain.feeling.fine', { chores: names(rated(chosen, 'fine')) })]
      : []),
  ];
  const sentences = [
    feelings.length > 0
      ? t('chores.explain.takeBecause', { chores: taken, feelings: format.list(feelings) })
      : t('chores.explain.take', { chores: taken }),
  ];
  // Said plainly rather than hidden: a proposal may still give me something I'd rather not do.
  const disliked = rated(chosen, 'dislike');
  if (disliked.length > 0)
    sentences.push(t('chores.explain.mineDislike', { chores: names(disliked) }));
  const cannot = rated(chosen, 'cant');
  if (cannot.length > 0) sentences.push(t('chores.explain.mineCant', { chores: names(cannot) }));
  return sentences;
}

/** Where the others went that I feel strongly about, and the pins that kept chores with others. */
function whatOthersTake({ shares, chores, members, myId }: ExplainInput): string[] {
  const others = memberOrder(
    shares.members.map((m) => m.userId),
    myId,
  ).filter((id) => id !== myId);
  return others.flatMap((userId) => {
    const theirs = choresOf(shares, chores, userId);
    const name = memberName(members, userId);
    const free = theirs.filter((c) => !c.pinned).map((c) => c.chore);
    const pinned = theirs.filter((c) => c.pinned).map((c) => c.chore);
    const say = (key: 'awayDislike' | 'awayCant' | 'awayLove', list: Responsibility[]) =>
      list.length > 0 ? [t(`chores.explain.${key}`, { chores: names(list), name })] : [];
    return [
      ...say('awayDislike', rated(free, 'dislike')),
      ...say('awayCant', rated(free, 'cant')),
      ...say('awayLove', rated(free, 'love')),
      ...(pinned.length > 0
        ? [t('chores.explain.pinnedTheirs', { chores: names(pinned), name, count: pinned.length })]
        : []),
    ];
  });
}

/** Whether it ends fair, with everyone's time a week, which everyone can see anyway. */
function howItEnds({ shares, members, myId }: ExplainInput): string[] {
  if (shares.members.length < 2) return [];
  const order = memberOrder(
    shares.members.map((m) => m.userId),
    myId,
  );
  const who = (userId: string) => (userId === myId ? t('common.you') : memberName(members, userId));
  const loads = format.list(
    order.flatMap((userId) => {
      const m = shares.members.find((x) => x.userId === userId);
      return m
        ? [t('chores.explain.load', { name: who(userId), load: formatDuration(m.minutesPerWeek) })]
        : [];
    }),
  );
  if (shares.fair) return [t('chores.explain.fair', { loads })];
  const most = shares.members.reduce((a, b) =>
    b.minutesPerWeek - b.fairShareMinutesPerWeek > a.minutesPerWeek - a.fairShareMinutesPerWeek
      ? b
      : a,
  );
  const sentences = [
    t('chores.explain.unfair', {
      name: who(most.userId),
      over: formatDuration(most.minutesPerWeek - most.fairShareMinutesPerWeek),
      fair: formatDuration(most.fairShareMinutesPerWeek),
      loads,
    }),
  ];
  if (shares.assignment.some((a) => a.pinned)) sentences.push(t('chores.explain.unfairPins'));
  return sentences;
}

/**
 * A proposal in plain words for the one looking at it: what they take and why, where the chores
 * they feel strongly about went, and whether it ends fair. Built from the viewer's own ratings
 * and what everyone sees (who takes what, the time a week); never from anyone else's ratings,
 * which stay private — so it says "you said", never "Sam said".
 */
export function explainProposal(input: ExplainInput): string[] {
  return [...whatITake(input), ...whatOthersTake(input), ...howItEnds(input)].map(capitalised);
}

/** A sentence may open with a chore's name as we typed it, "laundry" as often as "Laundry". */
const capitalised = (sentence: string) =>
  sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1);
