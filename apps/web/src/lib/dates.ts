import { addDays, localDateIn } from '@tandem/shared';

export { addDays };

/** Today's calendar day for someone in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return localDateIn(timeZone, now);
  } catch {
    // A zone this browser does not know: the device's own day is the best guess.
    return localDateIn(Intl.DateTimeFormat().resolvedOptions().timeZone, now);
  }
}

/** A `?date=` value if it is a real calendar day (YYYY-MM-DD), otherwise undefined. */
export function parseDay(raw: string | null | undefined): string | undefined {
  if (!raw || !/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  const time = Date.parse(`${raw}T00:00:00Z`);
  if (Number.isNaN(time)) return undefined;
  // Date.parse accepts 2025-02-30 in some engines; round-tripping catches it.
  return new Date(time).toISOString().slice(0, 10) === raw ? raw : undefined;
}

export type RelativeDay = 'today' | 'yesterday' | 'tomorrow';

/** Names `day` relative to `today` when it is adjacent, for friendlier headings. */
export function relativeDay(day: string, today: string): RelativeDay | undefined {
  if (day === today) return 'today';
  if (day === addDays(today, -1)) return 'yesterday';
  if (day === addDays(today, 1)) return 'tomorrow';
  return undefined;
}
