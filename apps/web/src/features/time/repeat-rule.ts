import { t } from '../../lib/i18n';
import { weekdays, type Weekday } from '../chores/recurrence-words';

export { weekdays, type Weekday };

/** What "Repeats" offers; each is one RRULE frequency, or none. */
export const repeatChoices = ['never', 'daily', 'weekly', 'monthly', 'yearly'] as const;
export type RepeatChoice = (typeof repeatChoices)[number];
/** How a repeat ends: not at all, after a day, or after a number of times. */
export const repeatEnds = ['never', 'until', 'count'] as const;
export type RepeatEnd = (typeof repeatEnds)[number];

export const MAX_REPEAT_COUNT = 999;

export interface RepeatDraft {
  choice: RepeatChoice;
  /** Kept from a rule made elsewhere (an imported "every 2 weeks"); the form makes only 1. */
  interval: number;
  /** Weekly only. Empty means "the start's weekday", which then follows the date as it moves. */
  days: readonly Weekday[];
  end: RepeatEnd;
  /** The last day it may happen on (YYYY-MM-DD), when `end` is 'until'. */
  until: string;
  /** How many times in all, as typed, when `end` is 'count'. */
  count: string;
}

export const noRepeat: RepeatDraft = {
  choice: 'never',
  interval: 1,
  days: [],
  end: 'never',
  until: '',
  count: '',
};

const frequency = {
  daily: 'DAILY',
  weekly: 'WEEKLY',
  monthly: 'MONTHLY',
  yearly: 'YEARLY',
} as const satisfies Record<Exclude<RepeatChoice, 'never'>, string>;

export const isRepeatChoice = (value: string): value is RepeatChoice =>
  (repeatChoices as readonly string[]).includes(value);

/** The weekday of a calendar day. */
export function weekdayOf(day: string): Weekday {
  return weekdays[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7] ?? 'MO';
}

/** The days a weekly repeat shows ticked: those chosen, or the start's own. */
export function shownDays(days: readonly Weekday[], startDay: string): Weekday[] {
  const chosen = days.length > 0 ? days : [weekdayOf(startDay)];
  return weekdays.filter((day) => chosen.includes(day));
}

/** The days after ticking or unticking one, starting from those shown. */
export function toggleDay(
  days: readonly Weekday[],
  startDay: string,
  day: Weekday,
  on: boolean,
): Weekday[] {
  const shown = shownDays(days, startDay);
  return on
    ? weekdays.filter((d) => d === day || shown.includes(d))
    : shown.filter((d) => d !== day);
}

/** The RRULE value the server stores for a repeat (RFC 5545); null for a one-off. */
export function repeatToRrule(draft: RepeatDraft, startDay: string): string | null {
  if (draft.choice === 'never') return null;
  const parts = [`FREQ=${frequency[draft.choice]}`];
  if (draft.interval > 1) parts.push(`INTERVAL=${draft.interval}`);
  if (draft.choice === 'weekly') parts.push(`BYDAY=${shownDays(draft.days, startDay).join(',')}`);
  // A date UNTIL includes that whole day, wherever the event's time falls on it.
  if (draft.end === 'until') parts.push(`UNTIL=${draft.until.replaceAll('-', '')}`);
  if (draft.end === 'count') parts.push(`COUNT=${Number(draft.count)}`);
  return parts.join(';');
}

const isWeekday = (day: string): day is Weekday => (weekdays as readonly string[]).includes(day);

/**
 * The repeat a stored rule shows as. Parts the form has no field for are kept where they can be
 * (the interval) and otherwise left as they are: the rule is only sent again once changed.
 */
export function rruleToRepeat(rrule: string | null): RepeatDraft {
  if (rrule === null) return noRepeat;
  const parts = new Map(
    rrule
      .toUpperCase()
      .split(';')
      .map((part) => part.split('=') as [string, string | undefined]),
  );
  const choice = repeatChoices.find((c) => c !== 'never' && frequency[c] === parts.get('FREQ'));
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(parts.get('UNTIL') ?? '');
  const count = parts.get('COUNT');
  return {
    choice: choice ?? 'weekly',
    interval: Number.isInteger(interval) && interval > 1 ? interval : 1,
    days: (parts.get('BYDAY')?.split(',') ?? []).filter(isWeekday),
    end: until ? 'until' : count ? 'count' : 'never',
    until: until ? `${until[1]}-${until[2]}-${until[3]}` : '',
    count: count ?? '',
  };
}

export interface RepeatProblem {
  field: 'until' | 'count';
  message: string;
}

/** What is wrong with how a repeat ends, if anything, said next to the field. */
export function repeatProblem(draft: RepeatDraft, startDay: string): RepeatProblem | undefined {
  if (draft.choice === 'never') return undefined;
  if (
    draft.end === 'until' &&
    !(/^\d{4}-\d{2}-\d{2}$/.test(draft.until) && draft.until >= startDay)
  ) {
    return { field: 'until', message: t('time.form.untilProblem') };
  }
  if (draft.end === 'count') {
    const count = Number(draft.count);
    if (!/^\d+$/.test(draft.count.trim()) || count < 1 || count > MAX_REPEAT_COUNT) {
      return { field: 'count', message: t('time.form.countProblem', { max: MAX_REPEAT_COUNT }) };
    }
  }
  return undefined;
}

/** Whether two repeats come to the same rule, so an unchanged one is not sent again. */
export function sameRepeat(a: RepeatDraft, b: RepeatDraft, startDay: string): boolean {
  return repeatToRrule(a, startDay) === repeatToRrule(b, startDay);
}
