import type { BalanceRow } from './balance-words';
import type { EventKind } from './event-kinds';

export const CHART_WIDTH = 320;
const PLOT_LEFT = 104;
const PLOT_RIGHT = 308;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 14;
const TOP = 4;
const AXIS_LABELS = 18;

/** Hours between gridlines: the smallest that needs no more than five lines. */
const steps = [1, 2, 5, 10, 20, 25, 50];

/**
 * The hours the axis runs to, shared by every member's chart so their bars compare: the largest
 * figure on show rounded up to a gridline, at least an hour.
 */
export function chartScale(rows: readonly BalanceRow[]): { hours: number; step: number } {
  const largest = Math.max(60, ...rows.flatMap((row) => [row.actual, row.wished ?? 0]));
  const hours = largest / 60;
  const step = steps.find((s) => Math.ceil(hours / s) <= 5) ?? 50;
  return { hours: Math.ceil(hours / step) * step, step };
}

export interface BalanceChartRow {
  kind: EventKind;
  /** The kind's name, at the left of its row. */
  labelY: number;
  bar: { x: number; y: number; width: number; height: number };
  /** The wish, drawn across the bar; null when none was given. */
  wish: { x: number; y1: number; y2: number } | null;
}

export interface BalanceChart {
  width: number;
  height: number;
  labelRight: number;
  plotLeft: number;
  plotRight: number;
  plotBottom: number;
  rows: BalanceChartRow[];
  gridlines: { hours: number; x: number }[];
}

/** One horizontal bar per kind for the time had, with the wish drawn across it as a line. */
export function balanceChart(
  rows: readonly BalanceRow[],
  scale: { hours: number; step: number },
): BalanceChart {
  const plotWidth = PLOT_RIGHT - PLOT_LEFT;
  const x = (minutes: number) =>
    PLOT_LEFT + Math.min(1, Math.max(0, minutes / 60 / scale.hours)) * plotWidth;
  const plotBottom = TOP + rows.length * ROW_HEIGHT;
  const lineCount = Math.round(scale.hours / scale.step);
  return {
    width: CHART_WIDTH,
    height: plotBottom + AXIS_LABELS,
    labelRight: PLOT_LEFT - 6,
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    plotBottom,
    rows: rows.map((row, i) => {
      const top = TOP + i * ROW_HEIGHT;
      const barY = top + (ROW_HEIGHT - BAR_HEIGHT) / 2;
      return {
        kind: row.kind,
        labelY: barY + BAR_HEIGHT - 3,
        bar: { x: PLOT_LEFT, y: barY, width: x(row.actual) - PLOT_LEFT, height: BAR_HEIGHT },
        wish:
          row.wished === null ? null : { x: x(row.wished), y1: top + 3, y2: top + ROW_HEIGHT - 3 },
      };
    }),
    gridlines: Array.from({ length: lineCount + 1 }, (_, i) => ({
      hours: i * scale.step,
      x: x(i * scale.step * 60),
    })),
  };
}
