import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateIn } from '../local-date';
import { instantAt, nextMeetingAt } from './weekly-meeting';
import { wallClockIn } from './quiet-hours';

describe('the weekly meeting time', () => {
  it('finds a wall-clock time on a day, across daylight-saving changes', () => {
    expect(instantAt('Europe/Berlin', '2026-03-28', '19:00')).toBe('2026-03-28T18:00:00.000Z');
    expect(instantAt('Europe/Berlin', '2026-03-29', '19:00')).toBe('2026-03-29T17:00:00.000Z');
    expect(instantAt('America/New_York', '2026-11-01', '08:30')).toBe('2026-11-01T13:30:00.000Z');
  });

  it('comes next on the chosen weekday and time, never in the past, within a week', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 30),
        fc.integer({ min: 0, max: 2 * 365 * 24 }),
        (timeZone, weekday, hour, minute, hours) => {
          const now = new Date(Date.UTC(2026, 0, 1) + hours * 3_600_000);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const next = new Date(nextMeetingAt({ weekday, time, timeZone }, now));
          expect(next.getTime()).toBeGreaterThanOrEqual(now.getTime());
          expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(7 * 86_400_000 + 3_600_000);
          const day = localDateIn(timeZone, next);
          expect((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7).toBe(weekday);
          // On the hour the clocks skip, the meeting is just after it; otherwise on time.
          if (wallClockIn(timeZone, next) !== time)
            expect(wallClockIn(timeZone, next) > time).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
