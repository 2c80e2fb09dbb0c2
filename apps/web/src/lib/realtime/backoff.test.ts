import { describe, expect, it } from 'vitest';
import { reconnectDelay } from './backoff';

const options = { baseMs: 1_000, maxMs: 30_000 };

describe('reconnectDelay', () => {
  it('doubles the ceiling with each attempt', () => {
    const top = (attempt: number) => reconnectDelay(attempt, options, () => 1);
    expect([0, 1, 2, 3, 4].map(top)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('never waits longer than the cap, even after very many attempts', () => {
    for (const attempt of [5, 10, 100, 5_000]) {
      expect(reconnectDelay(attempt, options, () => 1)).toBe(30_000);
    }
  });

  it('waits at least half the ceiling (equal jitter)', () => {
    expect(reconnectDelay(0, options, () => 0)).toBe(500);
    expect(reconnectDelay(3, options, () => 0)).toBe(4_000);
    expect(reconnectDelay(50, options, () => 0)).toBe(15_000);
  });

  it('stays within [ceiling / 2, ceiling] for any random value', () => {
    for (let attempt = 0; attempt < 12; attempt++) {
      for (const r of [0, 0.25, 0.5, 0.999]) {
        const delay = reconnectDelay(attempt, options, () => r);
        const ceiling = Math.min(30_000, 1_000 * 2 ** attempt);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('treats a negative or fractional attempt as the first one', () => {
    expect(reconnectDelay(-3, options, () => 1)).toBe(1_000);
    expect(reconnectDelay(1.7, options, () => 1)).toBe(2_000);
  });
});
