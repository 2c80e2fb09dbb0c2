import { describe, expect, it } from 'vitest';
import {
  allowanceLeftInWords,
  allowanceSpentInWords,
  budgetAvailable,
  budgetLeftInWords,
  budgetSpentInWords,
  percentOf,
  rolloverInWords,
  type BudgetLine,
} from './budget-words';

const budget = (over: Partial<BudgetLine> = {}): BudgetLine => {
  const line = {
    category: 'groceries',
    monthlyLimit: 30000,
    rollover: false,
    spent: 18000,
    carried: 0,
    ...over,
  } as const;
  return { ...line, left: over.left ?? line.monthlyLimit + line.carried - line.spent };
};

describe('percentOf', () => {
  it('is a whole percent, never past a full bar', () => {
    expect(percentOf(18000, 30000)).toBe(60);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(30000, 30000)).toBe(100);
    expect(percentOf(45000, 30000)).toBe(100);
  });

  it('draws nothing for nothing spent (or a refund), a full bar for spending out of nothing', () => {
    expect(percentOf(0, 30000)).toBe(0);
    expect(percentOf(-500, 30000)).toBe(0);
    expect(percentOf(500, 0)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
  });
});

describe('budget words', () => {
  it('says what is left, or how much over, in the currency', () => {
    expect(budgetLeftInWords(budget(), 'EUR')).toBe('€120.00 left');
    expect(budgetLeftInWords(budget({ spent: 33000 }), 'EUR')).toBe('€30.00 over');
    expect(budgetLeftInWords(budget({ spent: 30000 }), 'EUR')).toBe('Right on the limit');
  });

  it('measures spending against the limit with what was carried', () => {
    expect(budgetSpentInWords(budget(), 'EUR')).toBe('€180.00 spent of €300.00');
    const carriedIn = budget({ rollover: true, carried: 2000 });
    expect(budgetAvailable(carriedIn)).toBe(32000);
    expect(budgetSpentInWords(carriedIn, 'EUR')).toBe('€180.00 spent of €320.00');
    // Overspent by more than a month's limit: nothing to spend, not a negative limit.
    expect(budgetAvailable(budget({ rollover: true, carried: -40000 }))).toBe(0);
  });

  it('notes roll-over only for budgets that roll over', () => {
    expect(rolloverInWords(budget(), 'EUR')).toBeNull();
    expect(rolloverInWords(budget({ rollover: true }), 'EUR')).toBe(
      'Rolls over: what’s left moves on to next month.',
    );
    expect(rolloverInWords(budget({ rollover: true, carried: 2000 }), 'EUR')).toBe(
      'Rolls over: €20.00 left from earlier months is added.',
    );
    expect(rolloverInWords(budget({ rollover: true, carried: -1500 }), 'EUR')).toBe(
      'Rolls over: €15.00 overspent earlier comes off this month.',
    );
  });
});

describe('allowance words', () => {
  const mine = { userId: 'me', monthlyAmount: 20000, spent: 8000, left: 12000 };

  it('says what is left of my allowance this month', () => {
    expect(allowanceLeftInWords(mine, 'EUR')).toBe('€120.00 left this month');
    expect(allowanceLeftInWords({ ...mine, spent: 23000, left: -3000 }, 'EUR')).toBe(
      '€30.00 over this month',
    );
    expect(allowanceLeftInWords({ ...mine, spent: 20000, left: 0 }, 'EUR')).toBe(
      'All of it spent this month',
    );
    expect(allowanceSpentInWords(mine, 'EUR')).toBe('€80.00 spent of €200.00');
  });

  it('has nothing to say where the server tells nothing: a partner’s, or none set', () => {
    const partners = { userId: 'sam', monthlyAmount: 15000, spent: null, left: null };
    expect(allowanceLeftInWords(partners, 'EUR')).toBeNull();
    expect(allowanceSpentInWords(partners, 'EUR')).toBeNull();
    const none = { userId: 'me', monthlyAmount: null, spent: 500, left: null };
    expect(allowanceSpentInWords(none, 'EUR')).toBeNull();
  });
});
