// Intl.DateTimeFormat is costly to build and local dates and times are computed on hot paths,
// so one formatter per time zone and use is kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter in `timeZone`; `use` names the options, which are the same each call. */
export function zonedFormatter(
  timeZone: string,
  use: string,
  options: Intl.DateTimeFormatOptions,
  locale = 'en-CA',
): Intl.DateTimeFormat {
  const key = `${use} ${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, formatter);
  }
  return formatter;
}

const formatterFor = (timeZone: string) =>
  zonedFormatter(timeZone, 'date', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) that `instant` falls on in `timeZone`. */
export function localDateIn(timeZone: string, instant: Date = new Date()): string {
  const parts = formatterFor(timeZone).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

const DAY_MS = 86_400_000;
const utcMidnight = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** Adds whole days to a calendar day, independent of any time zone. */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** How many days `to` is after `from` (negative when before). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / DAY_MS);
}

/** Every calendar day from `from` to `to`, both included; empty when `to` is before `from`. */
export function daysFrom(from: string, to: string): string[] {
  // Counted, not compared as strings: past year 9999 ISO strings stop sorting as dates.
  const count = daysBetween(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addDays(from, i));
}

/** The instant a calendar day starts in `timeZone` (ISO), daylight-saving changes included. */
export function startOfDayIn(timeZone: string, date: string): string {
  // UTC midnight corrected by the zone's offset there, and by the offset at that first guess:
  // across a daylight-saving change one of the two is right.
  const target = utcMidnight(date);
  const first = target - zoneOffsetAt(timeZone, target);
  const second = target - zoneOffsetAt(timeZone, first);
  const onTheDay = [first, second].filter((i) => localDateIn(timeZone, new Date(i)) === date);
  let instant = onTheDay.length > 0 ? Math.min(...onTheDay) : second;
  // A day that begins in a skipped hour begins when the clocks resume: the first instant on it.
  while (localDateIn(timeZone, new Date(instant - QUARTER_HOUR_MS)) === date) {
    instant -= QUARTER_HOUR_MS;
  }
  return new Date(instant).toISOString();
}

const QUARTER_HOUR_MS = 15 * 60_000;

/** How far `timeZone`'s wall clock is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetAt(timeZone: string, instant: number): number {
  const parts = offsetFormatterFor(timeZone).formatToParts(new Date(instant));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour') % 24,
    part('minute'),
    part('second'),
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

const offsetFormatterFor = (timeZone: string) =>
  zonedFormatter(
    timeZone,
    'offset',
    {
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    },
    'en-US',
  );

export type CalendarPeriod = 'week' | 'month' | 'quarter';

/**
 * The last `count` weeks (Monday to Sunday), months or quarters up to and including the one
 * `today` is in, oldest first, as half-open [start, end) calendar days.
 */
export function calendarPeriods(
  period: CalendarPeriod,
  count: number,
  today: string,
): { start: string; end: string }[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const monthStart = (index: number) =>
    new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, i) => {
    const back = count - 1 - i;
    if (period === 'week') {
      const monday = addDays(today, -((new Date(utcMidnight(today)).getUTCDay() + 6) % 7));
      return { start: addDays(monday, -7 * back), end: addDays(monday, -7 * back + 7) };
    }
    const months = period === 'month' ? 1 : 3;
    const first = year * 12 + (month - 1) - ((month - 1) % months) - back * months;
    return { start: monthStart(first), end: monthStart(first + months) };
  });
}
