import { addDays, instantAt, localDateIn, MIN_TIMEOUT_MINUTES } from '@tandem/shared';
import { locale, t } from '../../lib/i18n';

/** The breaks offered when someone is flooded; "tomorrow" means tomorrow morning, within a day. */
export const breakChoices = ['20', '30', '60', '120', 'tomorrow'] as const;
export type BreakChoice = (typeof breakChoices)[number];

const MAX_BREAK_MINUTES = 24 * 60;
/** A night's sleep helps: "tomorrow" ends at this wall-clock time in the viewer's zone. */
const TOMORROW_AT = '09:00';

/**
 * How many minutes a break lasts: the chosen length, or until tomorrow morning — never shorter
 * than the twenty minutes a flooded body needs, never longer than the day the server allows.
 */
export function breakMinutes(choice: BreakChoice, nowMs: number, timeZone: string): number {
  if (choice !== 'tomorrow') return Number(choice);
  const now = new Date(nowMs);
  let tomorrow: string;
  try {
    tomorrow = addDays(localDateIn(timeZone, now), 1);
  } catch {
    return MAX_BREAK_MINUTES; // a zone this browser does not know: a whole day, to be safe
  }
  const minutes = Math.floor(
    (Date.parse(instantAt(timeZone, tomorrow, TOMORROW_AT)) - nowMs) / 60_000,
  );
  return Math.min(MAX_BREAK_MINUTES, Math.max(MIN_TIMEOUT_MINUTES, minutes));
}

/** "20 minutes", "1 hour", "Tomorrow morning": a break's length as the radio says it. */
export function breakChoiceLabel(choice: BreakChoice): string {
  if (choice === 'tomorrow') return t('resolve.pause.tomorrow');
  const minutes = Number(choice);
  return minutes % 60 === 0
    ? t('resolve.pause.hours', { count: minutes / 60 })
    : t('resolve.pause.minutes', { count: minutes });
}

/** Where a break stands by this device's clock. */
export interface BreakClock {
  /** Whole minutes until the chosen return time, rounded down; null once it has come. */
  minutesLeft: number | null;
  /** Whether the twenty minutes are over, so the topic can be picked up again. */
  canComeBack: boolean;
}

export function breakClock(
  pause: { until: string; resumableAt: string },
  nowMs: number,
): BreakClock {
  const left = Date.parse(pause.until) - nowMs;
  return {
    minutesLeft: left > 0 ? Math.floor(left / 60_000) : null,
    canComeBack: nowMs >= Date.parse(pause.resumableAt),
  };
}

/** An instant as a clock time ("7:40 PM") in the viewer's zone, with the weekday when not today. */
export function clockTime(instant: string, timeZone: string, today: string): string {
  const sameDay = localDateIn(timeZone, new Date(instant)) === today;
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { timeStyle: 'short', timeZone }
    : { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone };
  return new Intl.DateTimeFormat(locale, options).format(new Date(instant));
}
