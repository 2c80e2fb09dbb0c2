import { currencyDigits, type InsightsView } from '@tandem/shared';
import type { Series, Swatch } from './category-series';

/** Round steps: 1, 2, 2.5 and 5 times a power of ten, in whole units of the currency. */
const roundSteps = [1, 2, 2.5, 5];
const MAX_TICKS = 4;

/**
 * The top of the value axis and the gap between its gridlines, in minor units: the largest
 * month fits under at most four gridlines, each a round number of whole units (€500, not
 * €437.50), so the axis never needs cents.
 */
export function moneyScale(largest: number, currency: string): { top: number; step: number } {
  const unit = 10 ** currencyDigits(currency);
  const value = Number.isFinite(largest) ? Math.max(0, largest) : 0;
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const round of roundSteps) {
      const units = round * magnitude;
      if (!Number.isInteger(units)) continue;
      const step = units * unit;
      const count = Math.max(1, Math.ceil(value / step));
      if (count <= MAX_TICKS) return { top: count * step, step };
    }
  }
}

/** Past this many months the labels would touch, so every other one is written. */
const ALL_LABELS_UP_TO = 8;

/**
 * Whether the month at `index` of `count` gets its name under it: all of them while they fit,
 * else every other one, counted back from this month so that this month is always named.
 */
export const monthLabelled = (index: number, count: number): boolean =>
  count <= ALL_LABELS_UP_TO || (count - 1 - index) % 2 === 0;

export interface Segment {
  key: Series['key'];
  swatch: Swatch;
  x: number;
  y: number;
  width: number;
  height: number;
  /** What the segment stands for, in minor units. */
  amount: number;
}

export interface MonthBar {
  month: string;
  /** Where the month's label is centred; null when the month is not named (see monthLabelled). */
  labelX: number | null;
  /** Bottom up; segments with nothing to draw are left out. */
  segments: Segment[];
}

export interface SpendingChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  baseline: number;
  /** The baseline of the month labels under the bars. */
  labelY: number;
  gridlines: { y: number; amount: number }[];
  bars: MonthBar[];
}

// The drawing's own units; the SVG scales to its box, so these only set proportions.
const WIDTH = 320;
const PLOT_LEFT = 44;
const PLOT_RIGHT = WIDTH - 4;
const PLOT_TOP = 8;
const PLOT_HEIGHT = 160;
const LABEL_HEIGHT = 18;
/** A bar never grows past this, so three months do not look like three walls. */
const MAX_BAR_WIDTH = 40;

/** What each category came to in each month: month → category → minor units. */
export function amountsByMonth(view: InsightsView): Map<string, Map<string, number>> {
  const months = new Map(view.months.map((month) => [month, new Map<string, number>()]));
  for (const { month, category, amount } of view.byCategory) {
    const inMonth = months.get(month);
    if (inMonth) inMonth.set(category, (inMonth.get(category) ?? 0) + amount);
  }
  return months;
}

/**
 * One bar per month, a segment per series stacked bottom up in the order given. A month's
 * refunds can outweigh its spending in a category; such a net below zero is left out of the
 * bar (the table and the words still say it), as a stacked bar cannot go below its baseline.
 * Segments are placed from running totals in minor units, so they meet without gaps or overlap.
 */
export function spendingChart(view: InsightsView, series: readonly Series[]): SpendingChartLayout {
  const amounts = amountsByMonth(view);
  const stacks = view.months.map((month) => {
    const inMonth = amounts.get(month);
    return series.map((s) =>
      s.categories.reduce((sum, category) => sum + Math.max(0, inMonth?.get(category) ?? 0), 0),
    );
  });
  const largest = Math.max(0, ...stacks.map((parts) => parts.reduce((a, b) => a + b, 0)));
  const { top, step } = moneyScale(largest, view.currency);
  const baseline = PLOT_TOP + PLOT_HEIGHT;
  const y = (amount: number) => baseline - (amount / top) * PLOT_HEIGHT;
  const slotWidth = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, view.months.length);
  const barWidth = Math.min(MAX_BAR_WIDTH, slotWidth * 0.64);

  const bars = view.months.map((month, index): MonthBar => {
    const centre = PLOT_LEFT + (index + 0.5) * slotWidth;
    const segments: Segment[] = [];
    let below = 0;
    (stacks[index] ?? []).forEach((amount, part) => {
      const s = series[part];
      if (!s || amount <= 0) return;
      const bottom = y(below);
      below += amount;
      const topY = y(below);
      segments.push({
        key: s.key,
        swatch: s.swatch,
        x: centre - barWidth / 2,
        y: topY,
        width: barWidth,
        height: bottom - topY,
        amount,
      });
    });
    return { month, labelX: monthLabelled(index, view.months.length) ? centre : null, segments };
  });

  const gridlines = [];
  for (let amount = step; amount <= top; amount += step) gridlines.push({ y: y(amount), amount });

  return {
    width: WIDTH,
    height: baseline + LABEL_HEIGHT,
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    plotTop: PLOT_TOP,
    baseline,
    labelY: baseline + LABEL_HEIGHT - 5,
    gridlines,
    bars,
  };
}
