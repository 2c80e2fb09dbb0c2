import { addDays, daysBetween, startOfDayIn, zoneOffsetAt } from '../local-date';

/**
 * Calendar events repeat by the RFC 5545 subset the app offers: FREQ (daily to yearly),
 * INTERVAL, BYDAY on weekly rules, and an end by COUNT or UNTIL. Rules are expanded on
 * wall-clock local dates in the event's own zone, so "every Sunday 19:00" stays at 19:00 there
 * across daylight-saving changes; only then is each start turned into an instant.
 *
 * BYDAY is accepted on weekly rules only, as for chores: there it just lists weekdays, while on
 * the other frequencies RFC 5545 gives it other meanings ("every Monday of the month", "the
 * second Tuesday", a filter on daily rules) that the app neither offers nor implements, and a
 * rule silently read another way would put events on the wrong days. Anything else not in the
 * subset is refused with a message rather than ignored, for the same reason.
 */
export interface EventRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** Weekdays, 0 = Monday … 6 = Sunday, sorted; empty for "the start's weekday". */
  byDay: number[];
  /** How many occurrences in all, the event's own start included; null for no count. */
  count: number | null;
  /** The last moment an occurrence may start, inclusive; null for no end. */
  until: EventRuleUntil | null;
}

/**
 * RFC 5545 UNTIL in its three forms. A date includes that whole local day ("until 1 June"
 * means the 1 June occurrence still happens, whatever its time); a floating date-time is a wall
 * clock in the event's zone; a UTC one ('Z') is an instant.
 */
export type EventRuleUntil =
  | { kind: 'date'; date: string }
  | { kind: 'floating'; dateTime: string }
  | { kind: 'utc'; instant: string };

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const freqs = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
const knownParts = ['FREQ', 'INTERVAL', 'BYDAY', 'COUNT', 'UNTIL', 'WKST'];
/** Past this an event would not come round in a lifetime; refusing it keeps the date maths finite. */
const maxInterval = 1000;

/** Reads an RRULE value (without "RRULE:"); throws an Error saying what is not supported. */
export function parseEventRule(rrule: string): EventRule {
  const parts = new Map<string, string>();
  for (const part of rrule.trim().split(';')) {
    if (part === '') continue;
    const [name, value, ...rest] = part.split('=');
    if (value === undefined || rest.length > 0 || !name) {
      throw new Error(`Repeat rule part "${part}" is not of the form NAME=VALUE.`);
    }
    const key = name.trim().toUpperCase();
    if (!knownParts.includes(key)) {
      throw new Error(`Repeat rule part ${key} is not supported.`);
    }
    if (parts.has(key)) throw new Error(`Repeat rule part ${key} appears more than once.`);
    parts.set(key, value.trim().toUpperCase());
  }

  const freqText = parts.get('FREQ');
  if (freqText === undefined) throw new Error('A repeat rule needs FREQ.');
  const freq = freqs.find((f) => f === freqText);
  if (!freq) {
    throw new Error(
      `FREQ=${freqText} is not supported: events repeat daily, weekly, monthly or yearly.`,
    );
  }

  const interval = positiveInteger(parts.get('INTERVAL') ?? '1', 'INTERVAL');
  if (interval > maxInterval) throw new Error(`INTERVAL can be at most ${maxInterval}.`);

  const byDayText = parts.get('BYDAY');
  if (byDayText !== undefined && freq !== 'WEEKLY') {
    throw new Error('BYDAY is supported on weekly rules only.');
  }
  const byDay = (byDayText?.split(',') ?? []).map((day) => {
    const index = weekdays.indexOf(day);
    if (index < 0) throw new Error(`BYDAY=${byDayText}: "${day}" is not a weekday (MO … SU).`);
    return index;
  });

  const countText = parts.get('COUNT');
  const untilText = parts.get('UNTIL');
  if (countText !== undefined && untilText !== undefined) {
    throw new Error('A repeat rule ends by COUNT or by UNTIL, not both.');
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined && !weekdays.includes(wkst)) {
    throw new Error(`WKST=${wkst} is not a weekday (MO … SU).`);
  }

  return {
    freq,
    interval,
    byDay: [...new Set(byDay)].sort((a, b) => a - b),
    count: countText === undefined ? null : positiveInteger(countText, 'COUNT'),
    until: untilText === undefined ? null : parseUntil(untilText),
  };
}

/** Whether `parseEventRule` accepts the rule. */
export function isSupportedEventRule(rrule: string): boolean {
  try {
    parseEventRule(rrule);
    return true;
  } catch {
    return false;
  }
}

function positiveInteger(text: string, name: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < 1) {
    throw new Error(`${name}=${text} is not a whole number of at least 1.`);
  }
  return value;
}

function parseUntil(text: string): EventRuleUntil {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(text);
  const [, year, month, day, hour, minute, second, utc] = match ?? [];
  const date = `${year}-${month}-${day}`;
  const time = `${hour}:${minute}:${second}`;
  const midnight = Date.parse(`${date}T00:00:00Z`);
  const valid =
    match !== null &&
    !Number.isNaN(midnight) &&
    new Date(midnight).toISOString().startsWith(date) &&
    (hour === undefined || (Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60));
  if (!valid) {
    throw new Error(`UNTIL=${text} is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS[Z]).`);
  }
  if (hour === undefined) return { kind: 'date', date };
  if (utc) return { kind: 'utc', instant: new Date(`${date}T${time}Z`).toISOString() };
  return { kind: 'floating', dateTime: `${date}T${time}` };
}

/**
 * The instant a wall-clock date-time ('YYYY-MM-DDTHH:MM', seconds optional) names in a time
 * zone, read as RFC 5545 (3.3.5) reads a DATE-TIME with a TZID: a time the clocks skip is taken
 * with the offset from before the gap (02:30 on a spring-forward night is 03:30), and a time they
 * pass twice is the first of the two. Assumes a zone changes its offset at most once in two days.
 */
export function zonedInstant(timeZone: string, localDateTime: string): string {
  const wall = Date.parse(`${localDateTime}Z`);
  const before = zoneOffsetAt(timeZone, wall - DAY_MS);
  const after = zoneOffsetAt(timeZone, wall + DAY_MS);
  const fitting = [before, after]
    .map((offset) => wall - offset)
    .filter((instant) => instant + zoneOffsetAt(timeZone, instant) === wall);
  const instant = fitting.length > 0 ? Math.min(...fitting) : wall - before;
  return new Date(instant).toISOString();
}

const DAY_MS = 86_400_000;

/** Monday = 0 … Sunday = 6. */
const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The date `months` months after `first`, on the same day; null when that day does not exist. */
function sameDayMonthsLater(first: string, months: number): string | null {
  const [year, month, day] = first.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(index / 12), index % 12, day);
  // Skipped like RFC 5545 does: "monthly on the 31st" has no date in April.
  return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
}

const monthsPerPeriod = (rule: EventRule) => (rule.freq === 'MONTHLY' ? 1 : 12) * rule.interval;

/**
 * The dates of period `k` (0 = the start's day, week, month or year), in order. Period 0 always
 * holds the start itself: RFC 5545 makes DTSTART the first instance, and an event someone put on
 * the calendar should happen even when the rule's weekdays do not name its day.
 */
function datesOfPeriod(rule: EventRule, first: string, k: number): string[] {
  const step = k * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return [addDays(first, step)];
    case 'WEEKLY': {
      const monday = addDays(first, 7 * step - weekdayOf(first));
      const days = rule.byDay.length > 0 ? rule.byDay : [weekdayOf(first)];
      const dates = days.map((day) => addDays(monday, day));
      return k === 0 ? [first, ...dates.filter((date) => date > first)] : dates;
    }
    case 'MONTHLY':
    case 'YEARLY': {
      const date = sameDayMonthsLater(first, k * monthsPerPeriod(rule));
      return date ? [date] : [];
    }
  }
}

/** The first day period `k` can hold a date on. */
function periodStart(rule: EventRule, first: string, k: number): string {
  const step = k * rule.interval;
  if (rule.freq === 'DAILY') return addDays(first, step);
  if (rule.freq === 'WEEKLY') return addDays(first, 7 * step - weekdayOf(first));
  const [year, month] = first.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + k * monthsPerPeriod(rule);
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(index / 12), index % 12, 1);
  return date.toISOString().slice(0, 10);
}

/** How many dates periods 0 … k-1 hold: the index of period k's first date, for COUNT. */
function datesBefore(rule: EventRule, first: string, k: number): number {
  if (k === 0) return 0;
  if (rule.freq === 'DAILY') return k;
  if (rule.freq === 'WEEKLY') {
    return datesOfPeriod(rule, first, 0).length + (k - 1) * (rule.byDay.length || 1);
  }
  if (Number(first.slice(8)) <= 28) return k;
  // The 29th to 31st are missing from some months; the Gregorian calendar repeats every 400
  // years (4800 months), so count one cycle of periods and the rest, not every period since.
  const cycle = 4800 / gcd(4800, monthsPerPeriod(rule));
  const held = (periods: number) => {
    let n = 0;
    for (let j = 0; j < periods; j++) if (sameDayMonthsLater(first, j * monthsPerPeriod(rule))) n++;
    return n;
  };
  const fullCycles = Math.floor(k / cycle);
  return (fullCycles > 0 ? fullCycles * held(cycle) : 0) + held(k % cycle);
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** The longest a period of each frequency can be, in days: a safe step to jump by. */
const longestPeriod = { DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 } as const;

/**
 * The local starts of an event's occurrences on the days `from` to `to` (both included), in
 * order, at most `limit` of them. `start` is the event's own ('YYYY-MM-DD' for all-day,
 * 'YYYY-MM-DDTHH:MM' for timed) and the starts keep its form and time of day. COUNT counts from
 * the event's start however late the days asked for; `timeZone` places a UTC UNTIL.
 */
export function expandEventRule(
  rule: EventRule,
  start: string,
  range: { from: string; to: string; timeZone: string; limit: number },
): string[] {
  const first = start.slice(0, 10);
  const time = start.slice(10);
  if (range.to < range.from || range.to < first) return [];
  const isAfterUntil = untilTest(rule.until, range.timeZone);
  // Jump over the periods that end before `from` instead of walking through years of them.
  const span = longestPeriod[rule.freq] * rule.interval;
  let k = Math.max(0, Math.floor(daysBetween(first, range.from) / span) - 1);
  let index = datesBefore(rule, first, k);
  const starts: string[] = [];
  for (; periodStart(rule, first, k) <= range.to; k++) {
    for (const date of datesOfPeriod(rule, first, k)) {
      const local = date + time;
      // The event's own start happens whatever its rule says about the end.
      const ended =
        index > 0 && ((rule.count !== null && index >= rule.count) || isAfterUntil(local));
      if (ended || date > range.to) return starts;
      if (date >= range.from) starts.push(local);
      if (starts.length >= range.limit) return starts;
      index++;
    }
  }
  return starts;
}

/** Whether a local start ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM') comes after the rule's UNTIL. */
function untilTest(until: EventRuleUntil | null, timeZone: string): (local: string) => boolean {
  if (until === null) return () => false;
  switch (until.kind) {
    case 'date':
      return (local) => local.slice(0, 10) > until.date;
    case 'floating':
      return (local) => withSeconds(local) > until.dateTime;
    case 'utc':
      return (local) =>
        Date.parse(
          local.length === 10 ? startOfDayIn(timeZone, local) : zonedInstant(timeZone, local),
        ) > Date.parse(until.instant);
  }
}

const withSeconds = (local: string) =>
  local.length === 10 ? `${local}T00:00:00` : `${local}:00`.slice(0, 19);
