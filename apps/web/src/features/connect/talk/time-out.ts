import { MIN_TIMEOUT_MINUTES } from '@tandem/shared';
import { locale, t } from '../../../lib/i18n';

/** The breaks offered: never shorter than the machine allows (at least twenty minutes). */
export const TIME_OUT_CHOICES = [MIN_TIMEOUT_MINUTES, 30, 60] as const;

/** Time for the request to reach the server, whose clock decides whether it is long enough. */
const SLACK_MS = 10_000;

/**
 * When a break of `minutes` taken now ends: a little later than `minutes` exactly, rounded up to
 * a whole minute, so the server (a moment later) still counts it as long enough and "Back at"
 * names a plain clock time.
 */
export function timeOutUntil(minutes: number, nowMs: number): string {
  const end = nowMs + minutes * 60_000 + SLACK_MS;
  return new Date(Math.ceil(end / 60_000) * 60_000).toISOString();
}

/**
 * Whole minutes still to wait, rounded down as a clock counts (0 in the last minute), so a break
 * of 30 minutes starts at "30 minutes to go"; null once the time has come to come back.
 */
export function minutesToWait(until: string, nowMs: number): number | null {
  const left = Date.parse(until) - nowMs;
  return left > 0 ? Math.floor(left / 60_000) : null;
}

/** "20 minutes", "1 hour": a break's length as a button says it. */
export function breakLength(minutes: number): string {
  return minutes % 60 === 0
    ? t('connect.talk.timeout.hours', { count: minutes / 60 })
    : t('connect.talk.timeout.minutes', { count: minutes });
}

/** An instant as a clock time ("7:40 PM") in the viewer's time zone. */
export function clockTime(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );
}
