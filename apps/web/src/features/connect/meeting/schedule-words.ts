import { localDateIn, wallClockIn } from '@tandem/shared';
import { format, locale, t } from '../../../lib/i18n';
import type { MeetingSettings, MeetingSettingsBody } from './meeting-api';

/** 0 = Monday … 6 = Sunday, as the server counts them. */
export const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;
export type Weekday = (typeof weekdays)[number];

export const isWeekday = (value: number): value is Weekday =>
  (weekdays as readonly number[]).includes(value);

/** "Sunday", for the day picker. */
export const weekdayName = (weekday: Weekday) => t(`connect.meeting.weekday.${weekday}`);

/** The weekday of a calendar day (YYYY-MM-DD), Monday first. */
const weekdayOf = (day: string): Weekday =>
  ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) as Weekday;

const clockFormat = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });

/** A wall-clock time (HH:MM) as the locale says it: "7:00 PM" in English. */
export const clockInWords = (time: string) =>
  clockFormat.format(new Date(`2000-01-01T${time}:00Z`));

/**
 * When the meeting is, in one line: "Sundays at 7:00 PM — next on Sun, Nov 29". Picked by
 * someone in another time zone, it says whose clock that is and when it falls on mine.
 * Nothing when no time has been picked yet.
 */
export function scheduleLine(
  settings: MeetingSettings,
  timeZone: string,
  now: Date = new Date(),
): string | undefined {
  const { weekday, time, nextAt } = settings;
  if (weekday === null || time === null || !isWeekday(weekday)) return undefined;
  const weekly = {
    days: t(`connect.meeting.weekdays.${weekday}`),
    time: clockInWords(time),
  };
  const elsewhere = settings.timeZone !== null && settings.timeZone !== timeZone;
  const schedule = elsewhere
    ? t('connect.meeting.when.weeklyIn', {
        ...weekly,
        zone: (settings.timeZone ?? '').replaceAll('_', ' '),
      })
    : t('connect.meeting.when.weekly', weekly);
  if (nextAt === null) return schedule;
  const next = new Date(nextAt);
  const day = localDateIn(timeZone, next);
  if (elsewhere) {
    return t('connect.meeting.when.nextAt', {
      schedule,
      day: format.shortDay(day),
      time: clockInWords(wallClockIn(timeZone, next)),
    });
  }
  return day === localDateIn(timeZone, now)
    ? t('connect.meeting.when.nextToday', { schedule })
    : t('connect.meeting.when.next', { schedule, day: format.shortDay(day) });
}

/** The weekly time as the form shows it: a weekday (as text, for the select) and HH:MM. */
export interface ScheduleForm {
  weekday: string;
  time: string;
}

/** A first suggestion when nobody has picked a time: Sunday evening. */
const SUGGESTED: ScheduleForm = { weekday: '6', time: '19:00' };

/**
 * What the form starts from: the time picked, on my clock. The server keeps it on the clock of
 * whoever picked it, so for someone elsewhere the next meeting says which day and time it is
 * here (saving it then moves it to my zone, at the same moment).
 */
export function scheduleFormValues(settings: MeetingSettings, timeZone: string): ScheduleForm {
  const { weekday, time, nextAt } = settings;
  if (weekday === null || time === null) return SUGGESTED;
  if (settings.timeZone !== null && settings.timeZone !== timeZone && nextAt !== null) {
    const next = new Date(nextAt);
    return {
      weekday: String(weekdayOf(localDateIn(timeZone, next))),
      time: wallClockIn(timeZone, next),
    };
  }
  return { weekday: String(weekday), time };
}

/** The form as the server takes it, or what is missing. */
export function settingsBody(
  form: ScheduleForm,
): { body: MeetingSettingsBody } | { problem: 'weekday' | 'time' } {
  const weekday = Number(form.weekday);
  if (form.weekday === '' || !isWeekday(weekday)) return { problem: 'weekday' };
  // Some browsers hand a time input back with seconds ("19:00:00"): the minute is what counts.
  const time = /^([01]\d|2[0-3]):[0-5]\d/.exec(form.time)?.[0];
  if (!time) return { problem: 'time' };
  return { body: { weekday, time } };
}
