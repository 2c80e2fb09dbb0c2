import { locale } from '../../../lib/i18n';

/** A calendar month, YYYY-MM, as the server takes it in `?month=`. */
export type Month = string;

const monthIndex = (month: Month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const fromIndex = (index: number): Month =>
  `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The month a calendar day (YYYY-MM-DD) is in. */
export const monthOf = (day: string): Month => day.slice(0, 7);

/** `count` months after `month` (before it when negative), across years. */
export const addMonths = (month: Month, count: number): Month =>
  fromIndex(monthIndex(month) + count);

/** How many months `to` is after `from`, counting calendar months (negative when before). */
export const monthsBetween = (from: Month, to: Month): number => monthIndex(to) - monthIndex(from);

const dayAsDate = (day: string) => new Date(`${day}T00:00:00Z`);
const formats = new Map<string, Intl.DateTimeFormat>();
function dates(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** "November 2026". */
export const monthInWords = (month: Month): string =>
  dates({ month: 'long', year: 'numeric' }).format(dayAsDate(`${month}-01`));

/** "Dec 1" in `today`'s year, "Jan 5, 2028" in any other. */
export function dayInWords(day: string, today: string): string {
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return dates({
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(dayAsDate(day));
}

/** "1 June 2027" spelled for a date that matters: always with its year. */
export const fullDayInWords = (day: string): string =>
  dates({ day: 'numeric', month: 'long', year: 'numeric' }).format(dayAsDate(day));
