import type { PlannedDate } from '@tandem/shared';
import { relativeDay } from '../../lib/dates';
import { format, t } from '../../lib/i18n';
import { clockRange, dayIn, isKnownTimeZone, sameClockAt } from '../time/time-format';

export interface DateWhen {
  /** "Tomorrow, 7:00 – 9:00 PM", in my zone. */
  mine: string;
  /** "7:00 – 9:00 PM in Europe Berlin", the date's own clock, when it shows another time. */
  theirs: string | undefined;
}

/** A day in words: "Today", "Tomorrow", or "Friday, May 2" (with the year when not this one). */
export function dayWords(day: string, today: string): string {
  const relative = relativeDay(day, today);
  if (relative) return t(`dates.when.${relative}`);
  return format.day(day, day.slice(0, 4) !== today.slice(0, 4));
}

/**
 * When a date is, in the viewer's zone (as the Time page shows times), with its own zone's
 * clock noted when that shows another time: a date planned in Berlin, seen from New York.
 */
export function dateWhen(
  date: Pick<PlannedDate, 'startAt' | 'endAt' | 'timeZone'>,
  timeZone: string,
  today: string,
): DateWhen {
  const { startAt, endAt } = date;
  const mine = t('dates.when', {
    day: dayWords(dayIn(timeZone, startAt), today),
    time: clockRange(startAt, endAt, timeZone),
  });
  if (!isKnownTimeZone(date.timeZone) || sameClockAt(startAt, timeZone, date.timeZone)) {
    return { mine, theirs: undefined };
  }
  const range = clockRange(startAt, endAt, date.timeZone);
  const theirDay = dayIn(date.timeZone, startAt);
  const time =
    theirDay === dayIn(timeZone, startAt) ? range : `${format.weekday(theirDay)} ${range}`;
  return {
    mine,
    theirs: t('dates.when.theirZone', { time, zone: date.timeZone.replaceAll('_', ' ') }),
  };
}
