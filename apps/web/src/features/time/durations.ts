import { t } from '../../lib/i18n';

/** "2 h", "2 h 30 min", "45 min"; nothing at all is "0 h". Rounded to the minute. */
export function formatHours(minutes: number): string {
  const rounded = Math.max(0, Math.round(minutes));
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours > 0 && rest > 0) return t('time.duration.hoursMinutes', { hours, minutes: rest });
  if (rest > 0) return t('time.duration.minutes', { minutes: rest });
  return t('time.duration.hours', { hours });
}

/** Like `formatHours`, but nothing is "no time", for the middle of a sentence. */
export function durationInWords(minutes: number): string {
  return Math.round(minutes) <= 0 ? t('time.duration.none') : formatHours(minutes);
}

export const MAX_HOURS_A_WEEK = 7 * 24;

/** Minutes as the hours a field shows: "10", "1.5", "0.25"; empty when there is no wish. */
export function hoursText(minutes: number | undefined): string {
  if (minutes === undefined) return '';
  return String(Math.round((minutes / 60) * 100) / 100);
}

export type HoursInput = { ok: true; minutes: number | null } | { ok: false };

/**
 * What someone typed as hours a week, in whole minutes: "10", "1.5" or "1,5", or "1:30". Empty
 * means no wish for that kind; anything else that is not 0 to 168 hours is refused.
 */
export function parseHours(text: string): HoursInput {
  const value = text.trim();
  if (value === '') return { ok: true, minutes: null };
  let hours: number;
  const clock = /^(\d{1,3}):([0-5]\d)$/.exec(value);
  if (clock) {
    hours = Number(clock[1]) + Number(clock[2]) / 60;
  } else if (/^\d{0,3}([.,]\d+)?$/.test(value)) {
    hours = Number(value.replace(',', '.'));
  } else {
    return { ok: false };
  }
  if (!Number.isFinite(hours) || hours < 0 || hours > MAX_HOURS_A_WEEK) return { ok: false };
  return { ok: true, minutes: Math.round(hours * 60) };
}
