import { locale } from '../../../lib/i18n';
import { monthInWords } from '../plans/plan-dates';

export { monthInWords };

const firstDay = (month: string) => new Date(`${month}-01T00:00:00Z`);
const shortMonth = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
const longMonths = new Intl.DateTimeFormat(locale, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A month under its bar: "Oct". The table and the chart's name say the year. */
export const monthShort = (month: string): string => shortMonth.format(firstDay(month));

/** The months a chart covers, for its name: "October 2025 – March 2026". */
export function monthRange(months: readonly string[]): string {
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last) return '';
  return first === last
    ? monthInWords(first)
    : longMonths.formatRange(firstDay(first), firstDay(last));
}
