import { zonedFormatter, zoneOffsetAt } from '../local-date';

/**
 * VTIMEZONE components (RFC 5545 §3.6.5) made from the platform's own Intl zone data, so the
 * feed needs no tz database of its own and says exactly what the server computes with. Outlook
 * and Apple Calendar take a subscribed event's offsets from these, not from their own zone
 * data, so they must be right wherever an occurrence can fall.
 */

interface Transition {
  /** The first instant (ms) of the new offset. */
  at: number;
  /** Offsets from UTC in seconds, before and after. */
  from: number;
  to: number;
}

/**
 * The VTIMEZONE lines of an IANA zone for the years `fromYear` to `toYear`: the offset in force
 * on 1 January of the first year, then one observance per offset change in the span. The
 * changes of the last year also carry the yearly rule they follow (say, the last Sunday of
 * March), when the years after keep it, so that a client reading occurrences beyond the span
 * still gets the offsets the zone's rules give. The zone name goes in as it
 * is: an IANA name holds nothing TEXT would need to escape.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const years = new Map<number, Transition[]>();
  for (let year = fromYear; year <= toYear; year++) years.set(year, transitionsIn(zone, year));
  const spanStart = Date.UTC(fromYear, 0, 1);
  const first = offsetAt(zone, spanStart);
  const observances = [
    observance(zone, { at: spanStart - first * 1000, from: first, to: first }, null),
    ...[...years].flatMap(([year, transitions]) =>
      transitions.map((t) =>
        observance(zone, t, year === toYear ? yearlyRule(zone, t, year) : null),
      ),
    ),
  ];
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    `X-LIC-LOCATION:${zone}`,
    ...observances.flat(),
    'END:VTIMEZONE',
  ];
}

/** One STANDARD or DAYLIGHT observance, from a change onwards (and yearly by `rrule`, if any). */
function observance(zone: string, t: Transition, rrule: string | null): string[] {
  const kind = isDaylight(zone, t) ? 'DAYLIGHT' : 'STANDARD';
  const tzname = zoneAbbreviation(zone, t.at);
  return [
    `BEGIN:${kind}`,
    // The local time just before the change, on the clock being left (§3.6.5).
    `DTSTART:${localStamp(t.at + t.from * 1000)}`,
    `TZOFFSETFROM:${icsOffset(t.from)}`,
    `TZOFFSETTO:${icsOffset(t.to)}`,
    ...(rrule ? [`RRULE:${rrule}`] : []),
    ...(tzname ? [`TZNAME:${tzname}`] : []),
    `END:${kind}`,
  ];
}

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The yearly rule a change follows — 'FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU' — checked against the
 * platform's data for the eight years after it (same month, weekday, local time and offsets),
 * the years the rule will stand for; null for a zone whose changes follow no such rule
 * (Morocco's around Ramadan, say) or are about to stop.
 */
function yearlyRule(zone: string, t: Transition, year: number): string | null {
  const local = new Date(t.at + t.from * 1000);
  const month = local.getUTCMonth();
  const weekday = local.getUTCDay();
  const time = local.getTime() % DAY_MS;
  const day = local.getUTCDate();
  // "Last" first: tz rules say lastSun far more often than "fourth Sunday".
  const candidates = [-1, Math.ceil(day / 7)].filter(
    (n) => n > 0 || day + 7 > daysInMonth(year, month),
  );
  const kept = (n: number) =>
    [1, 2, 3, 4, 5, 6, 7, 8].every((ahead) =>
      transitionsIn(zone, year + ahead).some((other) => {
        const when = new Date(other.at + other.from * 1000);
        return (
          other.from === t.from &&
          other.to === t.to &&
          when.getUTCMonth() === month &&
          when.getTime() % DAY_MS === time &&
          when.getUTCDate() === nthWeekday(year + ahead, month, weekday, n)
        );
      }),
    );
  const n = candidates.find(kept);
  return n === undefined
    ? null
    : `FREQ=YEARLY;BYMONTH=${month + 1};BYDAY=${n}${weekdayCodes[weekday]}`;
}

const daysInMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/** The day of the month of the `n`th (−1: last) `weekday` (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n === -1) {
    const last = daysInMonth(year, month);
    return last - ((new Date(Date.UTC(year, month, last)).getUTCDay() - weekday + 7) % 7);
  }
  const first = 1 + ((weekday - new Date(Date.UTC(year, month, 1)).getUTCDay() + 7) % 7);
  return first + 7 * (n - 1);
}

const DAY_MS = 86_400_000;
const transitionCache = new Map<string, Transition[]>();

/**
 * The offset changes in one year: the offset is sampled daily, and each change is narrowed down
 * to the second by bisection. Zones change at most a few times a year and never twice in a day,
 * so a daily sample misses none. Cached per zone and year: the platform's data do not change
 * while it runs.
 */
function transitionsIn(zone: string, year: number): Transition[] {
  const key = `${zone} ${year}`;
  const cached = transitionCache.get(key);
  if (cached) return cached;
  const found: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let before = Date.UTC(year, 0, 1);
  let offset = offsetAt(zone, before);
  while (before < end) {
    const after = Math.min(before + DAY_MS, end);
    const next = offsetAt(zone, after);
    if (next !== offset) found.push(bisect(zone, before, after, offset));
    before = after;
    offset = next;
  }
  transitionCache.set(key, found);
  return found;
}

/** The change in (`low`, `high`], to the second: the first second whose offset is not `from`. */
function bisect(zone: string, low: number, high: number, from: number): Transition {
  let lo = low / 1000;
  let hi = high / 1000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid * 1000) === from) lo = mid;
    else hi = mid;
  }
  return { at: hi * 1000, from, to: offsetAt(zone, hi * 1000) };
}

/** How far `zone`'s wall clock is ahead of UTC at `instant` (ms), in whole seconds. */
const offsetAt = (zone: string, instant: number): number =>
  Math.round(zoneOffsetAt(zone, instant) / 1000);

/**
 * Whether the new time is summer time, by the zone's English name for it ("Central European
 * Summer Time"); for a zone Intl has no name for, whether the clocks went forward. Only the
 * label depends on it: clients compute with the offsets.
 */
function isDaylight(zone: string, t: Transition): boolean {
  const name = zoneName(zone, t.at, 'en-US', 'long');
  if (/daylight|summer/i.test(name)) return true;
  return isOffsetName(name) && t.to > t.from;
}

/** An abbreviation such as CEST or NZDT where some English locale has one, else GMT+5:30. */
function zoneAbbreviation(zone: string, at: number): string {
  const names = ['en-US', 'en-GB', 'en-AU', 'en-IN'].map((l) => zoneName(zone, at, l, 'short'));
  return names.find((name) => !isOffsetName(name)) ?? names[0] ?? '';
}

const isOffsetName = (name: string) => /^(GMT|UTC)[+\-\u2212]/.test(name);

function zoneName(zone: string, at: number, locale: string, style: 'long' | 'short'): string {
  return (
    zonedFormatter(zone, `ics-name-${locale}-${style}`, { timeZoneName: style }, locale)
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')?.value ?? ''
  );
}

/** ±HHMM, or ±HHMMSS for the odd historical offset; zero is +0000 (§3.3.14 forbids -0000). */
function icsOffset(seconds: number): string {
  const sign = seconds < 0 ? '-' : '+';
  const abs = Math.abs(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hhmm = `${pad(Math.floor(abs / 3600))}${pad(Math.floor((abs % 3600) / 60))}`;
  return `${sign}${hhmm}${abs % 60 ? pad(abs % 60) : ''}`;
}

/** A local date-time held in a UTC Date, as 'YYYYMMDDTHHMMSS'. */
const localStamp = (ms: number) =>
  new Date(ms).toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '');
