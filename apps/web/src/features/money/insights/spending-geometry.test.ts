import { describe, expect, it } from 'vitest';
import { categoryTotals, chartSeries } from './category-series';
import { amountsByMonth, monthLabelled, moneyScale, spendingChart } from './spending-geometry';
import { insightsView } from './test-view';

describe('moneyScale', () => {
  it('rounds up to at most four gridlines of whole, round amounts', () => {
    expect(moneyScale(135_000, 'EUR')).toEqual({ top: 150_000, step: 50_000 });
    expect(moneyScale(4_000, 'EUR')).toEqual({ top: 4_000, step: 1_000 });
    expect(moneyScale(7_001, 'EUR')).toEqual({ top: 8_000, step: 2_000 });
    expect(moneyScale(9_000, 'EUR')).toEqual({ top: 10_000, step: 2_500 });
    expect(moneyScale(1_234, 'JPY')).toEqual({ top: 1_500, step: 500 });
  });

  it('keeps every gridline on whole units of the currency', () => {
    for (const currency of ['EUR', 'JPY', 'BHD']) {
      const unit = currency === 'EUR' ? 100 : currency === 'JPY' ? 1 : 1000;
      for (const largest of [1, 99, 101, 2_499, 2_501, 77_777, 1_000_000, 987_654_321]) {
        const { top, step } = moneyScale(largest, currency);
        expect(top).toBeGreaterThanOrEqual(largest);
        expect(top / step).toBeLessThanOrEqual(4);
        expect(Number.isInteger(top / step)).toBe(true);
        expect(step % unit).toBe(0);
      }
    }
  });

  it('still draws an axis when there is nothing to show', () => {
    expect(moneyScale(0, 'EUR')).toEqual({ top: 100, step: 100 });
    expect(moneyScale(-500, 'EUR')).toEqual({ top: 100, step: 100 });
    expect(moneyScale(Number.NaN, 'EUR')).toEqual({ top: 100, step: 100 });
  });
});

describe('monthLabelled', () => {
  const named = (count: number) =>
    Array.from({ length: count }, (_, index) => monthLabelled(index, count));

  it('names every month while the names fit', () => {
    expect(named(6).every(Boolean)).toBe(true);
  });

  it('names every other month past that, always this one', () => {
    expect(named(12)).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(named(9).at(-1)).toBe(true);
    expect(named(9)[0]).toBe(true);
  });
});

describe('amountsByMonth', () => {
  it('files each amount under its month and category, every month present', () => {
    const amounts = amountsByMonth(insightsView());
    expect([...amounts.keys()]).toHaveLength(6);
    expect(Object.fromEntries(amounts.get('2026-02')!)).toEqual({
      housing: 60_000,
      groceries: 30_000,
      travel: 45_000,
    });
    expect(Object.fromEntries(amounts.get('2025-12')!)).toEqual({ housing: 60_000 });
  });
});

describe('spendingChart', () => {
  const view = insightsView();
  const series = chartSeries(categoryTotals(view.byCategory));
  const chart = spendingChart(view, series);

  it('draws one bar per month, left to right, inside the plot', () => {
    expect(chart.bars.map((b) => b.month)).toEqual(view.months);
    for (const [index, bar] of chart.bars.entries()) {
      const next = chart.bars[index + 1];
      for (const s of bar.segments) {
        expect(s.x).toBeGreaterThanOrEqual(chart.plotLeft);
        expect(s.x + s.width).toBeLessThanOrEqual(chart.plotRight);
        if (next?.segments[0]) expect(s.x + s.width).toBeLessThan(next.segments[0].x);
      }
    }
  });

  it('stacks the segments bottom up in the series’ order, touching, to the same scale', () => {
    // February is the largest month: €1,350, under a top of €1,500.
    const february = chart.bars[4]!;
    expect(february.segments.map((s) => [s.key, s.amount])).toEqual([
      ['housing', 60_000],
      ['groceries', 30_000],
      ['travel', 45_000],
    ]);
    expect(february.segments[0]!.y + february.segments[0]!.height).toBeCloseTo(chart.baseline);
    for (const [index, s] of february.segments.entries()) {
      const above = february.segments[index + 1];
      if (above) expect(above.y + above.height).toBeCloseTo(s.y);
    }
    const plot = chart.baseline - chart.plotTop;
    expect(february.segments.at(-1)!.y).toBeCloseTo(chart.baseline - (plot * 135_000) / 150_000);
    expect(chart.bars[0]!.segments[0]!.height).toBeCloseTo(february.segments[0]!.height);
    expect(chart.gridlines.map((g) => g.amount)).toEqual([50_000, 100_000, 150_000]);
    expect(chart.gridlines.at(-1)!.y).toBeCloseTo(chart.plotTop);
  });

  it('leaves out what a month did not have, and a net refund below the baseline', () => {
    const refunded = insightsView({
      byCategory: [
        { month: '2026-03', category: 'travel', amount: -20_000 },
        { month: '2026-03', category: 'fun', amount: 5_000 },
      ],
    });
    const layout = spendingChart(refunded, chartSeries(categoryTotals(refunded.byCategory)));
    expect(layout.bars.slice(0, 5).every((b) => b.segments.length === 0)).toBe(true);
    expect(layout.bars[5]!.segments.map((s) => [s.key, s.amount])).toEqual([['fun', 5_000]]);
  });

  it('adds the categories of "everything else" into one segment', () => {
    const many = insightsView({
      byCategory: (
        [
          'housing',
          'utilities',
          'groceries',
          'eating_out',
          'transport',
          'kids',
          'pets',
          'health',
        ] as const
      ).map((category, index) => ({ month: '2026-03', category, amount: 1_000 * (8 - index) })),
    });
    const manySeries = chartSeries(categoryTotals(many.byCategory));
    const march = spendingChart(many, manySeries).bars[5]!;
    expect(march.segments.at(-1)).toMatchObject({ key: 'rest', swatch: 'rest', amount: 3_000 });
  });

  it('draws an empty plot for months without spending', () => {
    const empty = spendingChart(insightsView({ byCategory: [] }), []);
    expect(empty.bars).toHaveLength(6);
    expect(empty.bars.every((b) => b.segments.length === 0)).toBe(true);
    expect(empty.gridlines).toHaveLength(1);
  });
});
