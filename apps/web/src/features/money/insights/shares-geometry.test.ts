import { describe, expect, it } from 'vitest';
import { sharesChart } from './shares-geometry';
import { ALEX, insightsView, SAM, share } from './test-view';

describe('sharesChart', () => {
  const view = insightsView({
    shares: [
      share('2025-10', 50, 50),
      share('2025-11', 120, -20),
      share('2025-12', null, null),
      share('2026-01', 52.5, 47.5),
      share('2026-02', 60, 40),
      share('2026-03', 0, 100),
    ],
  });
  const chart = sharesChart(view, [SAM, ALEX]);

  it('stacks one panel per member, in the order given', () => {
    expect(chart.panels.map((p) => p.userId)).toEqual([SAM, ALEX]);
    const [first, second] = chart.panels;
    expect(second!.titleY).toBeGreaterThan(first!.labelY);
    expect(chart.height).toBeGreaterThan(second!.labelY);
  });

  it('draws each month’s part from 0% at the baseline to 100% at the top', () => {
    const alex = chart.panels[1]!;
    const plot = alex.baseline - alex.plotTop;
    const bars = alex.months.map((m) => m.bar);
    expect(bars[0]!.height).toBeCloseTo(plot / 2);
    expect(bars[3]!.y).toBeCloseTo(alex.baseline - plot * 0.525);
    expect(bars[5]!.height).toBe(0);
    for (const bar of bars) if (bar) expect(bar.y + bar.height).toBeCloseTo(alex.baseline);
    expect(chart.gridlines).toEqual([
      { percent: 50, offset: plot / 2 },
      { percent: 100, offset: 0 },
    ]);
  });

  it('keeps bars inside the plot when refunds push a part past 0% or 100%', () => {
    const [sam, alex] = chart.panels;
    expect(alex!.months[1]!.bar).toMatchObject({ y: alex!.plotTop, percent: 120 });
    expect(sam!.months[1]!.bar).toMatchObject({ height: 0, percent: -20 });
  });

  it('draws nothing for a month without shared costs', () => {
    expect(chart.panels.map((p) => p.months[2]!.bar)).toEqual([null, null]);
  });

  it('draws the part of the income across, only when it is known', () => {
    const alex = chart.panels[1]!;
    const plot = alex.baseline - alex.plotTop;
    expect(alex.income).toEqual({ y: alex.baseline - plot * 0.75, percent: 75 });
    const unknown = sharesChart(
      insightsView({ incomePercents: [{ userId: ALEX, percent: null }] }),
      [ALEX, SAM],
    );
    expect(unknown.panels.map((p) => p.income)).toEqual([null, null]);
  });

  it('names every other month of a year, this month always', () => {
    const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`);
    const year = sharesChart(insightsView({ months, shares: [] }), [ALEX]).panels[0]!;
    expect(year.months.filter((m) => m.labelX !== null)).toHaveLength(6);
    expect(year.months.at(-1)!.labelX).not.toBeNull();
    expect(chart.panels[0]!.months.every((m) => m.labelX !== null)).toBe(true);
  });

  it('places the months side by side inside the plot', () => {
    for (const panel of chart.panels) {
      const drawn = panel.months.flatMap((m) => (m.bar ? [m.bar] : []));
      for (const [index, bar] of drawn.entries()) {
        expect(bar.x).toBeGreaterThanOrEqual(chart.plotLeft);
        expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plotRight);
        const next = drawn[index + 1];
        if (next) expect(bar.x + bar.width).toBeLessThan(next.x);
      }
    }
  });
});
