import { localDateIn } from '@tandem/shared';
import { locale, t } from '../../lib/i18n';
import { browserTimeZone } from '../../lib/time-zones';

/** Whether this browser can show times in `timeZone` (an old one may lack a newer zone). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(locale, { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** `timeZone` if this browser knows it, else the device's own: a time shown beats a crash. */
export const knownTimeZone = (timeZone: string) =>
  isKnownTimeZone(timeZone) ? timeZone : browserTimeZone();

/** The calendar day an instant falls on in `timeZone`. */
export const dayIn = (timeZone: string, instant: string) =>
  localDateIn(timeZone, new Date(instant));

const clock = (timeZone: string) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone });

/** "7:00 PM" in `timeZone`. */
export function clockTime(instant: string, timeZone: string): string {
  return clock(timeZone).format(new Date(instant));
}

/** "7:00 – 9:00 PM" in `timeZone`; "10:00 PM – 12:00 AM" when it ends at midnight. */
export function clockRange(start: string, end: string, timeZone: string): string {
  if (dayIn(timeZone, start) === dayIn(timeZone, end)) {
    return clock(timeZone).formatRange(new Date(start), new Date(end));
  }
  // Across midnight Intl would name both dates; the day is said elsewhere.
  return t('time.when.range', { start: clockTime(start, timeZone), end: clockTime(end, timeZone) });
}

/** "Tue 2:00 AM": a time on another day than the one it is listed under. */
export function dayAndTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

/** Whether two zones show the same wall-clock time at an instant (so naming the other is moot). */
export function sameClockAt(instant: string, zoneA: string, zoneB: string): boolean {
  const at = (zone: string) =>
    new Intl.DateTimeFormat('en-CA', {
      dateStyle: 'short',
      timeStyle: 'short',
      hourCycle: 'h23',
      timeZone: zone,
    }).format(new Date(instant));
  return at(zoneA) === at(zoneB);
}
