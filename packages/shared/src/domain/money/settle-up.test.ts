import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settleUp } from './settle-up';

const ids = ['ana', 'ben', 'cy', 'dee', 'eli', 'fay', 'gus', 'hal', 'ivy', 'jo', 'kai', 'lu'];

/** Balances that add up to zero: random ones with the last member making up the difference. */
const balances = (maxPeople: number, maxAmount = 100_000) =>
  fc
    .array(fc.integer({ min: -maxAmount, max: maxAmount }), {
      minLength: 1,
      maxLength: maxPeople - 1,
    })
    .map((amounts) => {
      const all = [...amounts, -amounts.reduce((s, a) => s + a, 0)];
      return Object.fromEntries(all.map((a, i) => [ids[i]!, a]));
    });

/** Small amounts make zero-sum groups common, which is where minimality is tested. */
const clustered = (maxPeople: number) => balances(maxPeople, 6);

function apply(start: Record<string, number>, transfers: ReturnType<typeof settleUp>) {
  const left = { ...start };
  for (const t of transfers) {
    left[t.from]! += t.amount;
    left[t.to]! -= t.amount;
  }
  return left;
}

/** Independent brute force: the most blocks of a set partition that each sum to zero. */
function fewestTransfers(values: number[]): number {
  const nonZero = values.filter((v) => v !== 0);
  let most = 0;
  const place = (i: number, blocks: number[]): void => {
    if (i === nonZero.length) {
      if (blocks.every((b) => b === 0)) most = Math.max(most, blocks.length);
      return;
    }
    for (let b = 0; b < blocks.length; b++) {
      blocks[b]! += nonZero[i]!;
      place(i + 1, blocks);
      blocks[b]! -= nonZero[i]!;
    }
    place(i + 1, [...blocks, nonZero[i]!]);
  };
  place(0, []);
  return nonZero.length - most;
}

describe('settleUp', () => {
  it('brings everyone to zero with positive whole transfers between two different people', () => {
    fc.assert(
      fc.property(fc.oneof(balances(12), clustered(12)), (b) => {
        const transfers = settleUp(b);
        for (const t of transfers) {
          expect(Number.isSafeInteger(t.amount) && t.amount > 0).toBe(true);
          expect(t.from).not.toBe(t.to);
        }
        expect(Object.values(apply(b, transfers)).every((v) => v === 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('needs the fewest transfers possible (checked by brute force)', () => {
    fc.assert(
      fc.property(fc.oneof(balances(8), clustered(8)), (b) => {
        expect(settleUp(b)).toHaveLength(fewestTransfers(Object.values(b)));
      }),
      { numRuns: 1000 },
    );
  });

  it('settles two people in one transfer', () => {
    expect(settleUp({ ana: 2500, ben: -2500 })).toEqual([{ from: 'ben', to: 'ana', amount: 2500 }]);
    expect(settleUp({ ana: 0, ben: 0 })).toEqual([]);
  });

  it('finds groups that square among themselves', () => {
    // Largest-first over everyone would need 4; two groups of two need 2.
    expect(settleUp({ ana: 700, ben: -700, cy: 500, dee: -500 })).toHaveLength(2);
    // No equal and opposite pair, and largest-first would need 5: {cy, ben, dee} and
    // {fay, ana, eli} each square in two.
    const transfers = settleUp({ ana: -4, ben: -3, cy: 5, dee: -2, eli: -6, fay: 10 });
    expect(transfers).toHaveLength(4);
  });

  it('gives the same transfers whatever the order of the balances', () => {
    fc.assert(
      fc.property(clustered(10), (b) => {
        const reversed = Object.fromEntries(Object.entries(b).reverse());
        expect(settleUp(reversed)).toEqual(settleUp(b));
      }),
    );
  });

  it('still settles more than twelve people, in at most one transfer fewer than their number', () => {
    const many = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [
        `p${String(i).padStart(2, '0')}`,
        i < 10 ? 100 + i : -(100 + i - 10),
      ]),
    );
    const transfers = settleUp(many);
    expect(transfers.length).toBeLessThanOrEqual(19);
    expect(Object.values(apply(many, transfers)).every((v) => v === 0)).toBe(true);
  });

  it('refuses balances that do not add up to zero, or are not whole units', () => {
    expect(() => settleUp({ ana: 100, ben: -99 })).toThrow(/add up to zero; they add up to 1/);
    expect(() => settleUp({ ana: 0.5, ben: -0.5 })).toThrow(/whole minor units/);
  });
});
