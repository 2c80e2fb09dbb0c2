import { describe, expect, it } from 'vitest';
import { balanceChart, chartScale } from './balance-geometry';
import type { BalanceRow } from './balance-words';

const rows = (figures: [number, number | null][]): BalanceRow[] =>
  (['together', 'solo', 'social', 'family', 'work'] as const).map((kind, i) => ({
    kind,
    actual: figures[i]?.[0] ?? 0,
    wished: figures[i]?.[1] ?? null,
  }));

describe('chartScale', () => {
  it('runs to the largest figure, rounded up to a gridline, with at most five lines', () => {
    expect(chartScale(rows([[120, 600]]))).toEqual({ hours: 10, step: 2 });
    expect(chartScale(rows([[2400, 2400]]))).toEqual({ hours: 40, step: 10 });
    expect(chartScale(rows([[130, null]]))).toEqual({ hours: 3, step: 1 });
  });

  it('runs to at least an hour when there is nothing to show', () => {
    expect(chartScale(rows([]))).toEqual({ hours: 1, step: 1 });
  });

  it('has room for a whole week', () => {
    const scale = chartScale(rows([[10080, 10080]]));
    expect(scale.hours).toBeGreaterThanOrEqual(168);
    expect(scale.hours / scale.step).toBeLessThanOrEqual(5);
  });
});

describe('balanceChart', () => {
  const chart = balanceChart(
    rows([
      [300, 600],
      [0, null],
      [600, 300],
    ]),
    { hours: 10, step: 2 },
  );

  it('draws a bar as long as the time had, on the shared scale', () => {
    const [together, solo, social] = chart.rows;
    const full = chart.plotRight - chart.plotLeft;
    expect(together?.bar.width).toBeCloseTo(full / 2);
    expect(solo?.bar.width).toBe(0);
    expect(social?.bar.width).toBeCloseTo(full);
  });

  it('draws the wish across its row, and nothing where there is none', () => {
    const [together, solo, social] = chart.rows;
    expect(together?.wish?.x).toBeCloseTo(chart.plotRight);
    expect(solo?.wish).toBeNull();
    expect(social?.wish?.x).toBeCloseTo((chart.plotLeft + chart.plotRight) / 2);
  });

  it('keeps a bar inside the plot when the time had is past the scale', () => {
    const over = balanceChart(rows([[9000, null]]), { hours: 10, step: 2 });
    expect(over.rows[0]?.bar.width).toBeCloseTo(over.plotRight - over.plotLeft);
  });

  it('puts a gridline at each step, from nothing to the end', () => {
    expect(chart.gridlines.map((line) => line.hours)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(chart.gridlines[0]?.x).toBe(chart.plotLeft);
    expect(chart.gridlines.at(-1)?.x).toBe(chart.plotRight);
  });

  it('gives each kind its own row, top to bottom', () => {
    const ys = chart.rows.map((row) => row.bar.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(5);
    expect(chart.height).toBeGreaterThan(chart.plotBottom);
  });
});
