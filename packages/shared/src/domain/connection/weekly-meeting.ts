import { addDays, localDateIn, startOfDayIn } from '../local-date';
import { wallClockIn } from './quiet-hours';

/** The weekly meeting walks through these, in this order. */
export const meetingSteps = ['appreciations', 'went_well', 'topics', 'actions', 'needs'] as const;
export type MeetingStep = (typeof meetingSteps)[number];

/**
 * The instant a wall-clock time (HH:MM) falls on a calendar day in a time zone, across
 * daylight-saving changes: a time the clocks skip is taken as the first moment after it.
 */
export function instantAt(timeZone: string, date: string, time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const midnight = Date.parse(startOfDayIn(timeZone, date));
  const guess = midnight + (hours * 60 + minutes) * 60_000;
  // A change of clocks that day moves the wall time by the change: correct by the drift.
  for (const correction of [0, -3_600_000, 3_600_000, -1_800_000, 1_800_000]) {
    const candidate = new Date(guess + correction);
    if (wallClockIn(timeZone, candidate) === time && localDateIn(timeZone, candidate) === date) {
      return candidate.toISOString();
    }
  }
  return new Date(guess).toISOString();
}

/** The next time the weekly meeting comes round (weekday 0 = Monday), from `now` on. */
export function nextMeetingAt(
  weekly: { weekday: number; time: string; timeZone: string },
  now: Date,
): string {
  const today = localDateIn(weekly.timeZone, now);
  const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  // Today if the time is still to come, else the same weekday next week.
  for (let ahead = 0; ; ahead++) {
    const date = addDays(today, ahead);
    if (weekdayOf(date) !== weekly.weekday) continue;
    const at = instantAt(weekly.timeZone, date, weekly.time);
    if (at >= now.toISOString()) return at;
  }
}
