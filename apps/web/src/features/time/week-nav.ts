import { addDays, daysBetween } from '@tandem/shared';
import { locale, t } from '../../lib/i18n';

/** The Monday of the week a calendar day falls in: weeks run Monday to Sunday. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/** The seven days of the week starting on `monday`. */
export function daysOfWeek(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export type RelativeWeek = 'this' | 'last' | 'next';

/** The week `monday` starts, named from the week today is in, when next to it. */
export function relativeWeek(monday: string, thisMonday: string): RelativeWeek | undefined {
  switch (daysBetween(thisMonday, monday)) {
    case 0:
      return 'this';
    case -7:
      return 'last';
    case 7:
      return 'next';
    default:
      return undefined;
  }
}

export interface WeekLinks {
  previous: string;
  next: string;
  /** Offered from any week but this one. */
  thisWeek: boolean;
}

/** Where the week navigation goes from the week starting `monday`, as Mondays. */
export function weekLinks(monday: string, thisMonday: string): WeekLinks {
  return {
    previous: addDays(monday, -7),
    next: addDays(monday, 7),
    thisWeek: monday !== thisMonday,
  };
}

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** "May 4 – 10", with the year when it is not this year's. Calendar days, so formatted at UTC. */
export function weekRange(monday: string, thisMonday: string): string {
  const sunday = addDays(monday, 6);
  const sameYear =
    monday.slice(0, 4) === thisMonday.slice(0, 4) && sunday.slice(0, 4) === monday.slice(0, 4);
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  }).formatRange(asDate(monday), asDate(sunday));
}

/** The week's heading: "This week: May 4 – 10", "Last week: …", or just the days. */
export function weekTitle(monday: string, thisMonday: string): string {
  const range = weekRange(monday, thisMonday);
  const relative = relativeWeek(monday, thisMonday);
  return relative ? t(`time.week.${relative}`, { range }) : range;
}

/** A `?week=` value as the Monday of its week, if it is a real calendar day. */
export function weekParam(raw: string | null): string | undefined {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const time = Date.parse(`${raw}T00:00:00Z`);
  if (Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== raw) return undefined;
  return mondayOf(raw);
}
