import { addDays, daysBetween } from '../local-date';

/**
 * How often we would like to be in touch with someone, and how long it has been. Days are
 * calendar days (YYYY-MM-DD) in someone's own zone, so a late-evening call still counts for the
 * day it happened where it happened.
 */
export interface PersonRhythmInput {
  /** The day they were added: the start of the first stretch when nothing is logged yet. */
  addedOn: string;
  /** Every how many days we would like to be in touch; null for no wish. */
  everyDays: number | null;
  /** The latest day a contact was logged, or null. */
  lastContactOn: string | null;
}

export interface PersonRhythm {
  /** Where the current stretch starts: the last contact, or the day they were added. */
  since: string;
  /** Whole days from `since` to today; never negative (a partner's zone may be a day ahead). */
  daysSince: number;
  /** The day the wish is met exactly; null without a wish. */
  dueOn: string | null;
  /** Longer than wished: `daysSince > everyDays`. */
  overdue: boolean;
}

/** The start of the current stretch: the last contact, or the day they were added. */
export function stretchStart(person: Pick<PersonRhythmInput, 'addedOn' | 'lastContactOn'>) {
  return person.lastContactOn ?? person.addedOn;
}

/**
 * The first day on which the time since `since` is longer than wished — the day a reminder is
 * due. Overdue on `today` exactly when `today >= firstOverdueDay(since, everyDays)`.
 */
export function firstOverdueDay(since: string, everyDays: number): string {
  return addDays(since, everyDays + 1);
}

export function personRhythm(person: PersonRhythmInput, today: string): PersonRhythm {
  const since = stretchStart(person);
  const daysSince = Math.max(0, daysBetween(since, today));
  const { everyDays } = person;
  return {
    since,
    daysSince,
    dueOn: everyDays === null ? null : addDays(since, everyDays),
    overdue: everyDays !== null && daysSince > everyDays,
  };
}

/** The latest of some days, or null when there are none. */
export function latestDay(days: Iterable<string>): string | null {
  let latest: string | null = null;
  for (const day of days) if (latest === null || day > latest) latest = day;
  return latest;
}

/**
 * How far past the wish someone is, as a share of it: 2 weeks late on a weekly wish weighs more
 * than 2 weeks late on a yearly one. 0 when not overdue or without a wish.
 */
export function overdueWeight(rhythm: PersonRhythm, everyDays: number | null): number {
  if (!rhythm.overdue || everyDays === null) return 0;
  return (rhythm.daysSince - everyDays) / everyDays;
}

export interface PersonWithWish {
  id: string;
  addedOn: string;
  everyDays: number | null;
}

/**
 * The people it has been longer than wished with on `today`, most overdue first (as a share of
 * the wish; then the longest time; then by id, so the order is stable).
 */
export function overduePeople<P extends PersonWithWish>(
  people: readonly P[],
  contacts: readonly { personId: string; date: string }[],
  today: string,
): { person: P; rhythm: PersonRhythm }[] {
  const last = new Map<string, string>();
  for (const contact of contacts) {
    const seen = last.get(contact.personId);
    if (seen === undefined || contact.date > seen) last.set(contact.personId, contact.date);
  }
  return people
    .map((person) => ({
      person,
      rhythm: personRhythm(
        {
          addedOn: person.addedOn,
          everyDays: person.everyDays,
          lastContactOn: last.get(person.id) ?? null,
        },
        today,
      ),
    }))
    .filter(({ rhythm }) => rhythm.overdue)
    .sort(
      (a, b) =>
        overdueWeight(b.rhythm, b.person.everyDays) - overdueWeight(a.rhythm, a.person.everyDays) ||
        b.rhythm.daysSince - a.rhythm.daysSince ||
        a.person.id.localeCompare(b.person.id),
    );
}
