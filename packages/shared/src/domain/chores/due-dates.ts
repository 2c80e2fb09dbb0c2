import { addDays, daysBetween } from '../local-date';

/**
 * Due dates from the RFC 5545 subset the app offers (FREQ, INTERVAL, BYDAY on weekly rules),
 * on calendar days: a chore is due on a day, wherever each partner happens to be, so there is
 * no time of day and no daylight-saving shift to get wrong. The first due date plays DTSTART.
 */
export interface Rule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  /** Weekdays, 0 = Monday … 6 = Sunday, sorted; empty for "the first due date's weekday". */
  byDay: number[];
}

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const freqs = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

export function parseRule(rrule: string): Rule {
  const parts = new Map(rrule.split(';').map((part) => part.split('=') as [string, string]));
  const freq = freqs.find((f) => f === parts.get('FREQ')) ?? 'WEEKLY';
  const interval = Math.max(1, Number(parts.get('INTERVAL') ?? 1) || 1);
  const byDay = (parts.get('BYDAY')?.split(',') ?? [])
    .map((day) => weekdays.indexOf(day))
    .filter((day) => day >= 0)
    .sort((a, b) => a - b);
  return { freq, interval, byDay: [...new Set(byDay)] };
}

/** Monday = 0 … Sunday = 6. */
const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;

/** The date `months` months after the first, on the same day; null when that day does not exist. */
function sameDayMonthsLater(first: string, months: number): string | null {
  const [year, month, day] = first.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(index / 12), index % 12, day);
  // Skipped like RFC 5545 does: "monthly on the 31st" has no date in April.
  return date.getUTCDate() === day ? date.toISOString().slice(0, 10) : null;
}

/** The longest a period of each frequency can be, in days: a safe step to jump by. */
const longestPeriod = { DAILY: 1, WEEKLY: 7, MONTHLY: 31, YEARLY: 366 } as const;
const spanOf = (rule: Rule) => longestPeriod[rule.freq] * rule.interval;

/** The due dates of period `k` (0 = the first due date's), in order. */
function datesOfPeriod(rule: Rule, first: string, k: number): string[] {
  const step = k * rule.interval;
  switch (rule.freq) {
    case 'DAILY':
      return [addDays(first, step)];
    case 'WEEKLY': {
      const monday = addDays(first, 7 * step - weekdayOf(first));
      const days = rule.byDay.length > 0 ? rule.byDay : [weekdayOf(first)];
      return days.map((day) => addDays(monday, day)).filter((date) => date >= first);
    }
    case 'MONTHLY':
    case 'YEARLY': {
      const date = sameDayMonthsLater(first, rule.freq === 'MONTHLY' ? step : 12 * step);
      return date ? [date] : [];
    }
  }
}

/** The first day period `k` can hold a due date on. */
function periodStart(rule: Rule, first: string, k: number): string {
  const step = k * rule.interval;
  if (rule.freq === 'DAILY') return addDays(first, step);
  if (rule.freq === 'WEEKLY') return addDays(first, 7 * step - weekdayOf(first));
  const [year, month] = first.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + (rule.freq === 'MONTHLY' ? step : 12 * step);
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1)).toISOString().slice(0, 10);
}

/**
 * Every due date from `from` to `to` (both included) of a responsibility first due on `first`.
 * A one-off (no rule) is due on its first date only.
 */
export function dueDatesBetween(
  rrule: string | null,
  first: string,
  from: string,
  to: string,
): string[] {
  if (to < from || to < first) return [];
  if (!rrule) return first >= from ? [first] : [];
  const rule = parseRule(rrule);
  // Jump over the periods that end before `from` instead of walking through years of them.
  const span = spanOf(rule);
  let k = Math.max(0, Math.floor(daysBetween(first, from) / span) - 1);
  const dates: string[] = [];
  for (; periodStart(rule, first, k) <= to; k++) {
    for (const date of datesOfPeriod(rule, first, k)) {
      if (date >= from && date <= to) dates.push(date);
    }
  }
  return dates;
}

/** The latest due date before `day`, or null when there is none. */
export function dueDateBefore(rrule: string | null, first: string, day: string): string | null {
  let lookBack = rrule ? spanOf(parseRule(rrule)) + 7 : 0;
  for (;;) {
    const from = rrule ? addDays(day, -lookBack) : first;
    const dates = dueDatesBetween(rrule, first, from, addDays(day, -1));
    if (dates.length > 0) return dates[dates.length - 1]!;
    // "Monthly on the 31st" or "yearly on 29 February" can skip periods: look further back.
    if (from <= first) return null;
    lookBack *= 2;
  }
}

/** The first due date on or after `day`, or null when there is none (a one-off in the past). */
export function dueDateFrom(rrule: string | null, first: string, day: string): string | null {
  if (!rrule) return first >= day ? first : null;
  const span = spanOf(parseRule(rrule));
  // Skipped periods (the 31st, 29 February) can leave a gap: look further until one comes.
  for (let ahead = span + 7; ; ahead *= 2) {
    const dates = dueDatesBetween(rrule, first, day > first ? day : first, addDays(day, ahead));
    if (dates.length > 0) return dates[0]!;
  }
}

/**
 * For "scheduled from the last completion": the due date one period after the day it was last
 * done (or skipped), moved on to the next of the rule's weekdays when it names some.
 */
export function dueDateAfterCompletion(rrule: string, doneOn: string): string {
  const rule = parseRule(rrule);
  let next: string;
  if (rule.freq === 'DAILY') next = addDays(doneOn, rule.interval);
  else if (rule.freq === 'WEEKLY') next = addDays(doneOn, 7 * rule.interval);
  else {
    const months = rule.freq === 'MONTHLY' ? rule.interval : 12 * rule.interval;
    // The 31st plus a month is the last day of a shorter month, not a skipped month.
    next = sameDayMonthsLater(doneOn, months) ?? lastDayOfMonth(doneOn, months);
  }
  if (rule.byDay.length === 0) return next;
  const onWeekday = rule.byDay.map((day) => addDays(next, (day - weekdayOf(next) + 7) % 7));
  return onWeekday.sort()[0]!;
}

function lastDayOfMonth(date: string, monthsLater: number): string {
  const [year, month] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1 + monthsLater + 1, 0)).toISOString().slice(0, 10);
}
