import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { choreCost } from './chore-cost';

const minutes = fc.record({
  notice: fc.integer({ min: 0, max: 600 }),
  plan: fc.integer({ min: 0, max: 600 }),
  do: fc.integer({ min: 0, max: 600 }),
});

describe('choreCost', () => {
  it('counts every stage, the invisible ones too', () => {
    expect(choreCost({ notice: 5, plan: 10, do: 30 }, 'fine')).toBe(45 * 3);
    expect(choreCost({ notice: 5, plan: 10, do: 0 }, 'fine')).toBeGreaterThan(0);
  });

  it('orders love < fine < dislike for any chore that takes time, and is a whole number', () => {
    fc.assert(
      fc.property(minutes, (m) => {
        const [love, fine, dislike] = (['love', 'fine', 'dislike'] as const).map((r) =>
          choreCost(m, r),
        );
        expect(Number.isInteger(love) && Number.isInteger(fine) && Number.isInteger(dislike)).toBe(
          true,
        );
        if (m.notice + m.plan + m.do > 0) {
          expect(love).toBeLessThan(fine!);
          expect(fine).toBeLessThan(dislike!);
        } else {
          expect([love, fine, dislike]).toEqual([0, 0, 0]);
        }
      }),
    );
  });
});
