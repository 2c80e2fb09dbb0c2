import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitAmount } from './split-amount';

const total = fc.integer({ min: -10_000_000, max: 10_000_000 });
const weights = fc
  .dictionary(
    fc.constantFrom('ana', 'ben', 'cy', 'dee', 'eli', 'fay', 'gus', 'hal'),
    fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 10_000 }),
      fc.double({ min: 0, max: 1e6, noNaN: true }),
    ),
    { minKeys: 1 },
  )
  .filter((w) => Object.values(w).some((x) => x > 0));

describe('splitAmount', () => {
  it('gives whole units that add up exactly, each within one unit of its exact share', () => {
    fc.assert(
      fc.property(total, weights, fc.string(), (amount, w, seed) => {
        const shares = splitAmount(amount, w, seed);
        const sum = Object.values(w).reduce((s, x) => s + x, 0);
        expect(Object.keys(shares).sort()).toEqual(Object.keys(w).sort());
        expect(Object.values(shares).every(Number.isSafeInteger)).toBe(true);
        expect(Object.values(shares).reduce((s, x) => s + x, 0)).toBe(amount);
        for (const [id, share] of Object.entries(shares)) {
          const exact = (amount * w[id]!) / sum;
          // A float tolerance on the check only; the split itself is exact.
          expect(Math.abs(share - exact)).toBeLessThan(1 + 1e-6);
          if (w[id] === 0) expect(share).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same split for the same seed', () => {
    fc.assert(
      fc.property(total, weights, fc.string(), (amount, w, seed) => {
        expect(splitAmount(amount, w, seed)).toEqual(splitAmount(amount, w, seed));
      }),
    );
  });

  it('rotates the odd cent between members over different seeds', () => {
    const luckyOnes = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const shares = splitAmount(100, { ana: 1, ben: 1, cy: 1 }, `expense-${i}`);
      luckyOnes.add(Object.entries(shares).find(([, s]) => s === 34)![0]);
    }
    expect(luckyOnes).toEqual(new Set(['ana', 'ben', 'cy']));
  });

  it('splits a refund like its expense, negated', () => {
    expect(splitAmount(-1000, { ana: 2, ben: 1 }, 's')).toEqual({ ana: -667, ben: -333 });
    expect(splitAmount(1000, { ana: 2, ben: 1 }, 's')).toEqual({ ana: 667, ben: 333 });
  });

  it('uses exact proportions, not floating point', () => {
    // 0.1 + 0.2 is not 0.3 in floating point; the split still follows the weights exactly.
    expect(splitAmount(30, { ana: 0.1, ben: 0.2 })).toEqual({ ana: 10, ben: 20 });
    expect(splitAmount(100, { ana: 33.3, ben: 66.7 })).toEqual({ ana: 33, ben: 67 });
  });

  it('refuses what cannot be split, clearly', () => {
    expect(() => splitAmount(10.5, { ana: 1 })).toThrow(/whole number/);
    expect(() => splitAmount(10, { ana: 0 })).toThrow(/above zero/);
    expect(() => splitAmount(10, {})).toThrow(/above zero/);
    expect(() => splitAmount(10, { ana: -1, ben: 2 })).toThrow(/not negative/);
    expect(() => splitAmount(10, { ana: Number.NaN })).toThrow(/finite/);
  });
});
