import { isSupportedEventRule, parseEventRule } from '@tandem/shared';

/**
 * An imported RRULE in Tandem's subset (FREQ, INTERVAL, BYDAY on weekly rules, COUNT, UNTIL), or
 * why not. Calendars write some rules Tandem follows in longer forms — Google's "monthly on day
 * 15" names the day (BYMONTHDAY=15) the start already gives, Outlook adds WKST=SU to every
 * weekly rule — so parts that only restate the start, or cannot change a date, are dropped
 * first; only a rule that still means something else is refused.
 */
export function importableRule(
  rrule: string,
  start: { date: string },
): { rrule: string } | { unsupported: string } {
  const parts = new Map<string, string>();
  for (const part of rrule.trim().split(';')) {
    if (part === '') continue;
    const [key, value, ...rest] = part.split('=');
    if (!key || value === undefined || rest.length > 0 || parts.has(key.toUpperCase())) {
      return { unsupported: 'its repeat rule could not be read' };
    }
    parts.set(key.trim().toUpperCase(), value.trim().toUpperCase());
  }
  const [, month, day] = start.date.split('-').map(Number) as [number, number, number];
  const freq = parts.get('FREQ');
  const interval = Number(parts.get('INTERVAL') ?? 1);
  const byDay = parts.get('BYDAY')?.split(',') ?? [];

  // "Every weekday" written as a daily rule filtered by weekday is the weekly rule on them.
  if (freq === 'DAILY' && interval === 1 && byDay.length > 0 && byDay.every(isPlainDay)) {
    parts.set('FREQ', 'WEEKLY');
  }
  if ((freq === 'MONTHLY' || freq === 'YEARLY') && parts.get('BYMONTHDAY') === String(day)) {
    parts.delete('BYMONTHDAY');
  }
  if (freq === 'YEARLY' && parts.get('BYMONTH') === String(month)) parts.delete('BYMONTH');
  // The week start only moves dates for a weekly rule that skips weeks and has several days.
  const wkst = parts.get('WKST');
  if (wkst === 'MO' || parts.get('FREQ') !== 'WEEKLY' || interval === 1 || byDay.length < 2) {
    parts.delete('WKST');
  } else if (wkst !== undefined) {
    return { unsupported: 'in weeks that start on another day than Monday' };
  }

  const unknown = [...parts.keys()].find((key) => !followed.includes(key));
  if (unknown) return { unsupported: partInWords[unknown] ?? `with ${unknown}` };
  const normalized = [...parts].map(([key, value]) => `${key}=${value}`).join(';');
  if (isSupportedEventRule(normalized)) return { rrule: normalized };
  return { unsupported: ruleInWords(normalized, parts) };
}

const followed = ['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL'];
const isPlainDay = (day: string) => /^(MO|TU|WE|TH|FR|SA|SU)$/.test(day);

const partInWords: Record<string, string> = {
  BYMONTHDAY: 'on chosen days of the month',
  BYMONTH: 'in chosen months',
  BYSETPOS: 'on the first, second or last of several days in a period',
  BYYEARDAY: 'on chosen days of the year',
  BYWEEKNO: 'in chosen weeks of the year',
  BYHOUR: 'at several times of day',
  BYMINUTE: 'at several times of day',
  BYSECOND: 'at several times of day',
  RSCALE: 'by another calendar than the Gregorian one',
  SKIP: 'by another calendar than the Gregorian one',
};

function ruleInWords(rrule: string, parts: Map<string, string>): string {
  const freq = parts.get('FREQ');
  if (freq && ['HOURLY', 'MINUTELY', 'SECONDLY'].includes(freq)) return 'more than once a day';
  if (parts.has('BYDAY') && freq !== 'WEEKLY') {
    return 'on a weekday of the month or year, such as the second Tuesday';
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) return 'both a number of times and until a date';
  try {
    parseEventRule(rrule);
    return `as ${rrule}`;
  } catch (error) {
    return (error as Error).message;
  }
}
