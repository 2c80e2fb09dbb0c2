import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minutesFromLog, reviewDueOn } from './review';

const laundry = { id: 'laundry', minutes: { notice: 5, plan: 5, do: 30 } };
const done = (actualMinutes: number | null) => ({
  choreId: 'laundry',
  kind: 'done' as const,
  actualMinutes,
});

describe('minutesFromLog', () => {
  it('suggests the median of what people logged once there is enough of it', () => {
    expect(minutesFromLog([laundry], [done(45), done(50), done(180)])).toEqual([
      { choreId: 'laundry', plannedMinutes: 30, loggedMinutes: 50, samples: 3 },
    ]);
    expect(minutesFromLog([laundry], [done(45), done(50), done(null)])).toEqual([]);
  });

  it('leaves small differences alone', () => {
    expect(minutesFromLog([laundry], [done(33), done(34), done(35)])).toEqual([]);
  });

  it('never suggests outside the range of what was logged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1440 }), { minLength: 3 }), (minutes) => {
        const [suggestion] = minutesFromLog([laundry], minutes.map(done));
        if (suggestion) {
          expect(suggestion.loggedMinutes).toBeGreaterThanOrEqual(Math.min(...minutes));
          expect(suggestion.loggedMinutes).toBeLessThanOrEqual(Math.max(...minutes));
        }
      }),
    );
  });
});

describe('reviewDueOn', () => {
  it('comes round the set number of months later, on the last day of a shorter month', () => {
    expect(reviewDueOn('2026-01-15', 1)).toBe('2026-02-15');
    expect(reviewDueOn('2026-01-31', 1)).toBe('2026-02-28');
    expect(reviewDueOn('2026-11-30', 3)).toBe('2027-02-28');
    expect(reviewDueOn('2026-01-31', 0)).toBeNull();
  });
});
