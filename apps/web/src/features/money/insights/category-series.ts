import { expenseCategories, type ExpenseCategory, type InsightsView } from '@tandem/shared';

/**
 * How many colours the chart has (money-insights.css declares them, for both themes). Past
 * that many, hues stop being told apart at a glance, so the smallest categories share one.
 */
export const PALETTE_SIZE = 7;

/** A colour of the palette, 1 to PALETTE_SIZE, or the neutral one of "everything else". */
export type Swatch = number | 'rest';

/** One stacked segment's worth of categories: a single one, or the rest grouped together. */
export interface Series {
  key: ExpenseCategory | 'rest';
  categories: ExpenseCategory[];
  swatch: Swatch;
}

export interface CategoryTotal {
  category: ExpenseCategory;
  /** Net over the months shown: refunds count against what was spent. */
  total: number;
}

const order = (category: ExpenseCategory) => expenseCategories.indexOf(category);

/**
 * Each category that shows up in the months, with what it came to over all of them, largest
 * first; equal totals keep the order the categories are listed in everywhere else.
 */
export function categoryTotals(byCategory: InsightsView['byCategory']): CategoryTotal[] {
  const totals = new Map<ExpenseCategory, number>();
  for (const { category, amount } of byCategory) {
    totals.set(category, (totals.get(category) ?? 0) + amount);
  }
  return [...totals]
    .map(([category, total]) => ({ category, total }))
    .sort((a, b) => b.total - a.total || order(a.category) - order(b.category));
}

/**
 * The chart's segments, bottom up, each with its colour: the largest category at the bottom in
 * the first colour. Up to PALETTE_SIZE categories each have their own; with more, the largest
 * keep theirs and the rest share the neutral "everything else", so no two colours are close.
 */
export function chartSeries(totals: readonly CategoryTotal[]): Series[] {
  if (totals.length <= PALETTE_SIZE) {
    return totals.map(({ category }, index) => ({
      key: category,
      categories: [category],
      swatch: index + 1,
    }));
  }
  const own = totals.slice(0, PALETTE_SIZE - 1).map(({ category }, index): Series => ({
    key: category,
    categories: [category],
    swatch: index + 1,
  }));
  const rest = totals.slice(PALETTE_SIZE - 1).map(({ category }) => category);
  return [...own, { key: 'rest', categories: rest, swatch: 'rest' }];
}
