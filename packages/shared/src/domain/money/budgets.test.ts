import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetProgress, monthsFrom, projectGoal } from './budgets';

describe('budgetProgress', () => {
  const groceries = { monthlyLimit: 50_000, rollover: false, startsIn: '2026-01' };

  it('sets this month’s spending against the limit', () => {
    expect(budgetProgress(groceries, { '2026-03': 42_000 }, '2026-03')).toEqual({
      spent: 42_000,
      carried: 0,
      left: 8_000,
    });
  });

  it('carries what was left, or overspent, into the next months when it rolls over', () => {
    const rolling = { ...groceries, rollover: true };
    const spent = { '2026-01': 40_000, '2026-02': 55_000, '2026-03': 10_000 };
    expect(budgetProgress(rolling, spent, '2026-03')).toEqual({
      spent: 10_000,
      carried: 10_000 - 5_000,
      left: 50_000 + 5_000 - 10_000,
    });
    expect(budgetProgress(rolling, spent, '2026-01').carried).toBe(0);
  });

  it('with roll-over, what is left equals all limits so far minus all spending so far', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(100_000), { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 1, max: 100_000 }),
        (spending, limit) => {
          const months = monthsFrom('2025-01', '2026-12').slice(0, spending.length);
          const spent = Object.fromEntries(months.map((m, i) => [m, spending[i]!]));
          const last = months[months.length - 1]!;
          const { left } = budgetProgress(
            { monthlyLimit: limit, rollover: true, startsIn: '2025-01' },
            spent,
            last,
          );
          expect(left).toBe(limit * months.length - spending.reduce((s, x) => s + x, 0));
        },
      ),
    );
  });
});

describe('projectGoal', () => {
  it('carries the pace so far on to the target', () => {
    // 300 a month for two months; 1,200 left at 300 a month: about four months on.
    const projected = projectGoal(
      1_800,
      [
        { amount: 300, on: '2026-01-01' },
        { amount: 300, on: '2026-02-01' },
      ],
      '2026-03-01',
    );
    expect(projected! >= '2026-06-25' && projected! <= '2026-07-05').toBe(true);
  });

  it('says when it is reached, and makes no promise when nothing is saved', () => {
    expect(projectGoal(100, [{ amount: 100, on: '2026-01-01' }], '2026-02-01')).toBe('2026-02-01');
    expect(projectGoal(100, [], '2026-02-01')).toBeNull();
  });

  it('is never before today while the goal is not reached', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e7 }),
        fc.array(fc.record({ amount: fc.integer({ min: 1, max: 1e5 }), day: fc.nat(365) })),
        (target, saved) => {
          const contributions = saved.map((c) => ({
            amount: c.amount,
            on: new Date(Date.UTC(2026, 0, 1 + c.day)).toISOString().slice(0, 10),
          }));
          const projected = projectGoal(target, contributions, '2027-01-01');
          if (projected) expect(projected >= '2027-01-01').toBe(true);
        },
      ),
    );
  });
});
