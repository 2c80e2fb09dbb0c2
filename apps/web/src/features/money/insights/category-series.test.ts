import { describe, expect, it } from 'vitest';
import { expenseCategories } from '@tandem/shared';
import { categoryTotals, chartSeries, PALETTE_SIZE } from './category-series';

describe('categoryTotals', () => {
  it('adds each category up over the months, largest first', () => {
    expect(
      categoryTotals([
        { month: '2026-01', category: 'groceries', amount: 30_000 },
        { month: '2026-01', category: 'housing', amount: 90_000 },
        { month: '2026-02', category: 'groceries', amount: 40_000 },
        { month: '2026-02', category: 'fun', amount: 2_500 },
      ]),
    ).toEqual([
      { category: 'housing', total: 90_000 },
      { category: 'groceries', total: 70_000 },
      { category: 'fun', total: 2_500 },
    ]);
  });

  it('counts refunds against what was spent, and breaks ties in the usual category order', () => {
    expect(
      categoryTotals([
        { month: '2026-01', category: 'travel', amount: 10_000 },
        { month: '2026-02', category: 'travel', amount: -12_000 },
        { month: '2026-01', category: 'pets', amount: 500 },
        { month: '2026-01', category: 'kids', amount: 500 },
      ]),
    ).toEqual([
      { category: 'kids', total: 500 },
      { category: 'pets', total: 500 },
      { category: 'travel', total: -2_000 },
    ]);
  });

  it('is empty when nothing was spent', () => {
    expect(categoryTotals([])).toEqual([]);
  });
});

describe('chartSeries', () => {
  const totals = (count: number) =>
    expenseCategories.slice(0, count).map((category, index) => ({ category, total: 100 - index }));

  it('gives each category its own colour while there are colours enough', () => {
    const series = chartSeries(totals(PALETTE_SIZE));
    expect(series.map((s) => s.swatch)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(series.map((s) => s.key)).toEqual(expenseCategories.slice(0, PALETTE_SIZE));
    expect(series.every((s) => s.categories.length === 1)).toBe(true);
  });

  it('groups the smallest as "everything else" past that, in one neutral colour', () => {
    const series = chartSeries(totals(expenseCategories.length));
    expect(series).toHaveLength(PALETTE_SIZE);
    expect(series.map((s) => s.swatch)).toEqual([1, 2, 3, 4, 5, 6, 'rest']);
    expect(series.at(-1)).toEqual({
      key: 'rest',
      categories: expenseCategories.slice(PALETTE_SIZE - 1),
      swatch: 'rest',
    });
  });

  it('keeps every category in exactly one segment', () => {
    for (let count = 0; count <= expenseCategories.length; count += 1) {
      const shown = chartSeries(totals(count)).flatMap((s) => s.categories);
      expect(shown.sort()).toEqual(expenseCategories.slice(0, count).sort());
    }
  });
});
