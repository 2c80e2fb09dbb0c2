import { describe, expect, it } from 'vitest';
import { BREATH_MS, breathAt } from './breathing';

describe('breathAt', () => {
  it('breathes in for four seconds, then out for six', () => {
    expect(breathAt(0)).toEqual({ phase: 'in', remainingMs: 4_000 });
    expect(breathAt(3_999)).toEqual({ phase: 'in', remainingMs: 1 });
    expect(breathAt(4_000)).toEqual({ phase: 'out', remainingMs: 6_000 });
    expect(breathAt(9_000)).toEqual({ phase: 'out', remainingMs: 1_000 });
  });

  it('starts again every ten seconds', () => {
    expect(BREATH_MS).toBe(10_000);
    expect(breathAt(10_000)).toEqual(breathAt(0));
    expect(breathAt(123_456)).toEqual(breathAt(3_456));
  });
});
