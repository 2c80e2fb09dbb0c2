import { zonedFormatter } from '../local-date';

/** The wall-clock time (HH:MM, 24 h) of an instant in a time zone. */
export function wallClockIn(timeZone: string, instant: Date): string {
  return zonedFormatter(
    timeZone,
    'clock',
    { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    'en-GB',
  ).format(instant);
}

/**
 * Whether an instant falls in someone's quiet hours, in their own time zone. The window is
 * [from, to): "22:00"–"07:00" runs overnight; equal ends mean no quiet hours at all.
 */
export function isQuietAt(
  instant: Date,
  timeZone: string,
  quiet: { from: string; to: string } | null,
): boolean {
  if (!quiet || quiet.from === quiet.to) return false;
  const now = wallClockIn(timeZone, instant);
  return quiet.from < quiet.to
    ? now >= quiet.from && now < quiet.to
    : now >= quiet.from || now < quiet.to;
}
