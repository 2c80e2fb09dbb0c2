import type { InsightsView } from '@tandem/shared';
import { monthLabelled } from './spending-geometry';

export interface ShareBar {
  month: string;
  /** Where the month's label is centred; null when the month is not named (see monthLabelled). */
  labelX: number | null;
  /** Null for a month without shared costs: nothing is drawn, which is not the same as 0%. */
  bar: { x: number; y: number; width: number; height: number; percent: number } | null;
}

export interface SharePanel {
  userId: string;
  /** The top of the member's panel, where their name sits. */
  titleY: number;
  plotTop: number;
  baseline: number;
  /** The baseline of the month labels under the plot. */
  labelY: number;
  /** Their part of the income, drawn across the whole plot; null while it is not known. */
  income: { y: number; percent: number } | null;
  months: ShareBar[];
}

export interface SharesChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** At 50% and 100%, the same in every panel. */
  gridlines: { percent: number; offset: number }[];
  panels: SharePanel[];
}

// The drawing's own units, in step with the fairness chart of chores.
const WIDTH = 320;
const PLOT_LEFT = 40;
const PLOT_RIGHT = WIDTH - 4;
const TITLE_HEIGHT = 20;
const PLOT_HEIGHT = 64;
const LABEL_HEIGHT = 18;
const PANEL_GAP = 14;
const PANEL_HEIGHT = TITLE_HEIGHT + PLOT_HEIGHT + LABEL_HEIGHT;
const MAX_BAR_WIDTH = 28;

/** Refunds can push a part below 0% or past 100%; the bar stops at the plot, the words do not. */
const clamp = (percent: number) => Math.min(100, Math.max(0, percent));

/**
 * One small chart per member, stacked, all from 0% to 100%: a bar per month for their part of
 * the shared costs, and their part of the income as a dashed line across. Small multiples need
 * no colour per member, which would not survive eight members or dark mode.
 */
export function sharesChart(view: InsightsView, order: readonly string[]): SharesChartLayout {
  const slotWidth = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, view.months.length);
  const barWidth = Math.min(MAX_BAR_WIDTH, slotWidth * 0.56);
  const offset = (percent: number) => PLOT_HEIGHT - (clamp(percent) / 100) * PLOT_HEIGHT;

  const panels = order.map((userId, index): SharePanel => {
    const titleY = index * (PANEL_HEIGHT + PANEL_GAP);
    const plotTop = titleY + TITLE_HEIGHT;
    const baseline = plotTop + PLOT_HEIGHT;
    const income = view.incomePercents.find((i) => i.userId === userId)?.percent ?? null;
    const months = view.months.map((month, slot): ShareBar => {
      const centre = PLOT_LEFT + (slot + 0.5) * slotWidth;
      const labelX = monthLabelled(slot, view.months.length) ? centre : null;
      const percent =
        view.shares.find((s) => s.month === month)?.members.find((m) => m.userId === userId)
          ?.percentOfCosts ?? null;
      if (percent === null) return { month, labelX, bar: null };
      const y = plotTop + offset(percent);
      return {
        month,
        labelX,
        bar: { x: centre - barWidth / 2, y, width: barWidth, height: baseline - y, percent },
      };
    });
    return {
      userId,
      titleY,
      plotTop,
      baseline,
      labelY: baseline + LABEL_HEIGHT - 5,
      income: income === null ? null : { y: plotTop + offset(income), percent: income },
      months,
    };
  });

  return {
    width: WIDTH,
    height: Math.max(0, order.length * (PANEL_HEIGHT + PANEL_GAP) - PANEL_GAP),
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    gridlines: [50, 100].map((percent) => ({ percent, offset: offset(percent) })),
    panels,
  };
}
