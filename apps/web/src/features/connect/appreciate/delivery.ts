import { addDays, instantAt, localDateIn, wallClockIn } from '@tandem/shared';
import { relativeDay } from '../../../lib/dates';
import { format, t } from '../../../lib/i18n';
import { clockTime } from '../talk/time-out';

/** When a note should arrive: at once, tomorrow morning, or at a time the sender picks. */
export const deliveryChoices = ['now', 'morning', 'pick'] as const;
export type DeliveryChoice = (typeof deliveryChoices)[number];

/** The server schedules a note at most this many days ahead. */
export const MAX_DAYS_AHEAD = 30;
const DAY_MS = 86_400_000;

/** "Tomorrow morning" is this wall-clock time, in the sender's own time zone. */
export const MORNING = '08:00';

/** The instant tomorrow's morning begins for someone in `timeZone`, across clock changes. */
export function tomorrowMorning(timeZone: string, now: Date): string {
  return instantAt(timeZone, addDays(localDateIn(timeZone, now), 1), MORNING);
}

/** An instant as a `datetime-local` value ("2026-03-02T21:30") on the wall clock of `timeZone`. */
export function wallDateTime(instant: Date, timeZone: string): string {
  return `${localDateIn(timeZone, instant)}T${wallClockIn(timeZone, instant)}`;
}

/** The earliest and latest times the picker offers: from now to the server's limit. */
export function pickRange(timeZone: string, now: Date): { min: string; max: string } {
  return {
    min: wallDateTime(now, timeZone),
    max: wallDateTime(new Date(now.getTime() + MAX_DAYS_AHEAD * DAY_MS), timeZone),
  };
}

/** A `datetime-local` value read on the wall clock of `timeZone`; undefined if it is not one. */
export function pickedInstant(value: string, timeZone: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return instantAt(timeZone, match[1], match[2]);
}

export type DeliveryProblem = 'pickMissing' | 'pickPast' | 'pickTooFar';

/** The `deliverAt` to send (none for now), or why the picked time will not do. */
export function deliveryFor(
  choice: DeliveryChoice,
  picked: string,
  timeZone: string,
  now: Date,
): { deliverAt: string | undefined } | { problem: DeliveryProblem } {
  switch (choice) {
    case 'now':
      return { deliverAt: undefined };
    case 'morning':
      return { deliverAt: tomorrowMorning(timeZone, now) };
    case 'pick': {
      const at = pickedInstant(picked, timeZone);
      if (!at) return { problem: 'pickMissing' };
      const ms = Date.parse(at);
      if (ms <= now.getTime()) return { problem: 'pickPast' };
      if (ms > now.getTime() + MAX_DAYS_AHEAD * DAY_MS) return { problem: 'pickTooFar' };
      return { deliverAt: at };
    }
  }
}

/** "today at 9:30 PM", "tomorrow at 8:00 AM", "Fri, Mar 6 at 8:00 AM" — in `timeZone`. */
export function whenInWords(instant: string, timeZone: string, now: Date): string {
  const day = localDateIn(timeZone, new Date(instant));
  const time = clockTime(instant, timeZone);
  switch (relativeDay(day, localDateIn(timeZone, now))) {
    case 'today':
      return t('connect.appreciate.when.today', { time });
    case 'tomorrow':
      return t('connect.appreciate.when.tomorrow', { time });
    case 'yesterday':
    case undefined:
      return t('connect.appreciate.when.day', { day: format.shortDay(day), time });
  }
}

/** Whether a note has arrived, by the server's word or, since it was fetched, by the clock. */
export const hasArrived = (note: { arrived: boolean; deliverAt: string }, now: Date) =>
  note.arrived || Date.parse(note.deliverAt) <= now.getTime();

/** What the sender is told once a note is on its way. */
export function sentConfirmation(
  note: { arrived: boolean; deliverAt: string },
  recipient: string,
  timeZone: string,
  now: Date,
): string {
  return note.arrived
    ? t('connect.appreciate.send.sentNow', { name: recipient })
    : t('connect.appreciate.send.scheduled', { when: whenInWords(note.deliverAt, timeZone, now) });
}
