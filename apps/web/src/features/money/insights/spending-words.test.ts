import { describe, expect, it } from 'vitest';
import { expenseCategories } from '@tandem/shared';
import { categoryTotals, chartSeries } from './category-series';
import {
  axisAmount,
  monthTotals,
  mostSpentSentence,
  restSentence,
  seriesName,
  spendingChartLabel,
} from './spending-words';
import { insightsView } from './test-view';

describe('axisAmount', () => {
  it('writes a gridline short, and still exactly', () => {
    expect(axisAmount(50_000, 'EUR')).toBe('€500');
    expect(axisAmount(150_000, 'EUR')).toBe('€1.5K');
    expect(axisAmount(2_500_000, 'EUR')).toBe('€25K');
    expect(axisAmount(1_500, 'JPY')).toBe('¥1.5K');
    expect(axisAmount(0, 'EUR')).toBe('€0');
  });
});

describe('seriesName', () => {
  it('uses the categories’ own names, and one for the rest together', () => {
    expect(seriesName('eating_out')).toBe('Eating out');
    expect(seriesName('rest')).toBe('Everything else');
  });
});

describe('monthTotals', () => {
  it('adds up every category of each month, refunds taken off', () => {
    const view = insightsView({
      byCategory: [
        { month: '2026-02', category: 'housing', amount: 60_000 },
        { month: '2026-02', category: 'travel', amount: -5_000 },
      ],
    });
    expect(monthTotals(view).slice(-2)).toEqual([
      { month: '2026-02', total: 55_000 },
      { month: '2026-03', total: 0 },
    ]);
  });
});

describe('spendingChartLabel', () => {
  it('says what the chart shows, the months and the biggest one', () => {
    expect(spendingChartLabel(insightsView())).toMatch(
      /^Stacked bars of shared spending by category in each month, October 2025\s–\sMarch 2026\. The most in one month was €1,350\.00, in February 2026\.$/,
    );
  });

  it('names the first of equally big months', () => {
    const view = insightsView({
      byCategory: [
        { month: '2025-11', category: 'fun', amount: 1_000 },
        { month: '2026-01', category: 'fun', amount: 1_000 },
      ],
    });
    expect(spendingChartLabel(view)).toMatch(/was €10\.00, in November 2025\.$/);
  });

  it('says so when no month came to more than zero', () => {
    const view = insightsView({
      byCategory: [{ month: '2026-01', category: 'travel', amount: -1_000 }],
    });
    expect(spendingChartLabel(view)).toMatch(/Nothing came to more than zero\.$/);
  });
});

describe('mostSpentSentence', () => {
  it('names the biggest category and its part of the whole, over the months shown', () => {
    const view = insightsView();
    expect(mostSpentSentence(categoryTotals(view.byCategory), 6, 'EUR')).toBe(
      'Most went to Housing: €3,600.00 of €4,950.50 over 6 months.',
    );
  });

  it('says "this month" for a single month, in the currency’s own decimals', () => {
    expect(mostSpentSentence([{ category: 'groceries', total: 4_200 }], 1, 'JPY')).toBe(
      'Most went to Groceries: ¥4,200 of ¥4,200 this month.',
    );
  });

  it('says nothing when nothing came to more than zero', () => {
    expect(mostSpentSentence([], 6, 'EUR')).toBeNull();
    expect(mostSpentSentence([{ category: 'travel', total: -500 }], 6, 'EUR')).toBeNull();
  });
});

describe('restSentence', () => {
  it('lists what "everything else" holds, only when the chart groups any', () => {
    const totals = expenseCategories.map((category, index) => ({ category, total: 100 - index }));
    expect(restSentence(chartSeries(totals))).toBe(
      '“Everything else” in the chart is Pets, Health, Fun, Travel, Gifts, Subscriptions, and Other.',
    );
    expect(restSentence(chartSeries(totals.slice(0, 3)))).toBeNull();
  });
});
