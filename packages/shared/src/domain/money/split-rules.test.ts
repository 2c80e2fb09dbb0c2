import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancesOf } from './balances';
import { shareExpense, type SplitRule } from './split-rules';

const both = ['ana', 'ben'];

describe('shareExpense', () => {
  it('shares equally, by shares, by percentages and by exact amounts', () => {
    expect(shareExpense(1000, { kind: 'equal' }, both, {}, 'x')).toEqual({ ana: 500, ben: 500 });
    expect(
      shareExpense(900, { kind: 'shares', shares: { ana: 2, ben: 1 } }, both, {}, 'x'),
    ).toEqual({ ana: 600, ben: 300 });
    expect(
      shareExpense(1000, { kind: 'percent', percents: { ana: 62.5, ben: 37.5 } }, both, {}, 'x'),
    ).toEqual({ ana: 625, ben: 375 });
    expect(
      shareExpense(1000, { kind: 'exact', amounts: { ana: 999, ben: 1 } }, both, {}, 'x'),
    ).toEqual({ ana: 999, ben: 1 });
  });

  it('shares rent by income, or half equally and half by income', () => {
    const incomes = { ana: 300_000, ben: 100_000 };
    expect(shareExpense(120_000, { kind: 'income' }, both, incomes, 'x')).toEqual({
      ana: 90_000,
      ben: 30_000,
    });
    expect(
      shareExpense(120_000, { kind: 'blend', equal: 1, income: 1 }, both, incomes, 'x'),
    ).toEqual({ ana: 75_000, ben: 45_000 });
  });

  it('always adds up to the total, to the cent, whatever the rule', () => {
    const rule: fc.Arbitrary<SplitRule> = fc.oneof(
      fc.constant({ kind: 'equal' as const }),
      fc.constant({ kind: 'income' as const }),
      fc.record({
        kind: fc.constant('shares' as const),
        shares: fc.record({
          ana: fc.integer({ min: 1, max: 9 }),
          ben: fc.integer({ min: 0, max: 9 }),
        }),
      }),
      fc.record({
        kind: fc.constant('blend' as const),
        equal: fc.integer({ min: 1, max: 4 }),
        income: fc.integer({ min: 0, max: 4 }),
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        rule,
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (total, r, ana, ben) => {
          const shares = shareExpense(total, r, both, { ana, ben }, 'seed');
          expect(shares.ana! + shares.ben!).toBe(total);
          expect(Number.isSafeInteger(shares.ana)).toBe(true);
        },
      ),
    );
  });

  it('says clearly what is wrong with a rule', () => {
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return (error as { field: string }).field;
      }
      return null;
    };
    expect(
      field(() =>
        shareExpense(100, { kind: 'percent', percents: { ana: 50, ben: 40 } }, both, {}, 'x'),
      ),
    ).toBe('percents');
    expect(
      field(() => shareExpense(100, { kind: 'exact', amounts: { ana: 50 } }, both, {}, 'x')),
    ).toBe('amounts');
    expect(field(() => shareExpense(100, { kind: 'income' }, both, { ana: 1 }, 'x'))).toBe(
      'income',
    );
    expect(field(() => shareExpense(100, { kind: 'equal' }, [], {}, 'x'))).toBe('participants');
  });
});

describe('balancesOf', () => {
  it('sets what each paid against their shares, per currency, never mixing them', () => {
    expect(
      balancesOf([
        { currency: 'EUR', paid: { ana: 1000 }, owed: { ana: 500, ben: 500 } },
        { currency: 'GBP', paid: { ben: 300 }, owed: { ana: 300 } },
        { currency: 'EUR', paid: { ben: 200 }, owed: { ana: 200 } },
      ]),
    ).toEqual({ EUR: { ana: 300, ben: -300 }, GBP: { ben: 300, ana: -300 } });
  });
});
