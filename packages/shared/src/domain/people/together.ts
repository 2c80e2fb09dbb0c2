import { daysBetween } from '../local-date';
import { latestDay, overdueWeight, type PersonRhythm } from './rhythm';

/** Four weeks without seeing friends together is when a gentle word may help. */
export const weeksApartBeforeInsight = 4;

export interface TimeTogetherWithFriends {
  /** Days on which two or more of us saw friends together (meet-ups, social plans). */
  togetherDays: readonly string[];
  /** When we began keeping track (the first person added); null when nobody is listed yet. */
  startedOn: string | null;
}

/**
 * Whole weeks since two or more of us last saw friends together, counted from the start of
 * keeping track when it has not happened yet; null when there is nothing to count from. Days
 * after `today` (a plan for the weekend) do not count as seen.
 */
export function weeksSinceTogether(
  input: TimeTogetherWithFriends,
  today: string,
): { weeks: number; lastTogetherOn: string | null } | null {
  const lastTogetherOn = latestDay(input.togetherDays.filter((day) => day <= today));
  const from = lastTogetherOn ?? input.startedOn;
  if (from === null) return null;
  return { weeks: Math.floor(Math.max(0, daysBetween(from, today)) / 7), lastTogetherOn };
}

/**
 * The gentle insight: shown once `weeksApartBeforeInsight` weeks have passed without us seeing
 * friends together; null before that (and when there is nothing to count from).
 */
export function togetherInsight(
  input: TimeTogetherWithFriends,
  today: string,
  threshold = weeksApartBeforeInsight,
): { weeks: number; lastTogetherOn: string | null } | null {
  const since = weeksSinceTogether(input, today);
  return since && since.weeks >= threshold ? since : null;
}

/**
 * Who we might see together: our shared people, those longest past our wish first, then those
 * without a wish (or within it) we have not seen for longest. At most `limit`.
 */
export function catchUpSuggestions<P extends { id: string; everyDays: number | null }>(
  people: readonly { person: P; rhythm: PersonRhythm }[],
  limit = 3,
): P[] {
  return [...people]
    .sort(
      (a, b) =>
        Number(b.rhythm.overdue) - Number(a.rhythm.overdue) ||
        overdueWeight(b.rhythm, b.person.everyDays) - overdueWeight(a.rhythm, a.person.everyDays) ||
        b.rhythm.daysSince - a.rhythm.daysSince ||
        a.person.id.localeCompare(b.person.id),
    )
    .slice(0, limit)
    .map(({ person }) => person);
}
