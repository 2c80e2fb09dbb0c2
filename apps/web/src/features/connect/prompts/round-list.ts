import type { PromptRound } from '@tandem/shared';
import { todayIn } from '../../../lib/dates';

export interface RoundList {
  items: PromptRound[];
}

/** The list with `round` in place of the one with its id, or on top (newest first) if new. */
export function upsertRound(list: RoundList, round: PromptRound): RoundList {
  const exists = list.items.some((item) => item.id === round.id);
  const items = exists
    ? list.items.map((item) => (item.id === round.id ? round : item))
    : [round, ...list.items];
  return { ...list, items };
}

/**
 * The prompt on the card and the others: the one chosen on this screen (shown first, asked, or
 * picked from the list to answer) while it is still there, otherwise the newest. It stays the
 * current one once everyone has answered, so the reveal happens where the person is looking.
 */
export function splitRounds(
  rounds: readonly PromptRound[],
  chosenId: string | undefined,
): { current: PromptRound | undefined; earlier: PromptRound[] } {
  const current = rounds.find((round) => round.id === chosenId) ?? rounds[0];
  return { current, earlier: rounds.filter((round) => round !== current) };
}

export const roundFilters = ['all', 'kept'] as const;
export type RoundFilter = (typeof roundFilters)[number];

/** Every earlier prompt, or only those I kept for later. */
export function filterRounds(rounds: readonly PromptRound[], filter: RoundFilter): PromptRound[] {
  switch (filter) {
    case 'all':
      return [...rounds];
    case 'kept':
      return rounds.filter((round) => round.favourite);
  }
}

export interface MonthGroup {
  /** YYYY-MM in the viewer's time zone. */
  month: string;
  rounds: PromptRound[];
}

/** Rounds by the month they were asked in, in the viewer's time zone; order kept throughout. */
export function groupByMonth(rounds: readonly PromptRound[], timeZone: string): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const round of rounds) {
    const month = todayIn(timeZone, new Date(round.askedAt)).slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.rounds.push(round);
    else groups.push({ month, rounds: [round] });
  }
  return groups;
}

/** Whether asking gave back a prompt we already had open, rather than a new one. */
export function isStillOpen(before: readonly PromptRound[], asked: PromptRound): boolean {
  return before.some((round) => round.id === asked.id);
}
