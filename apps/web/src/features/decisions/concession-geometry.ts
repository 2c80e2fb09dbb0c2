import type { LogRow } from './log-series';

export interface ConcessionBar {
  decisionId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  share: number;
}

export interface ConcessionPanel {
  userId: string;
  /** The top of the member's panel, where their name sits. */
  titleY: number;
  plotTop: number;
  baseline: number;
  /** A bar per decision they gave way in (or not); none where no option was chosen. */
  bars: ConcessionBar[];
}

export interface ConcessionChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** At 50% and 100%, the same in every panel. */
  gridlines: { share: number; offset: number }[];
  panels: ConcessionPanel[];
  /** Where the first and the last decision shown are named under the last panel. */
  labels: { decisionId: string; x: number; y: number; anchor: 'start' | 'end' }[];
}

// The drawing's own units, in step with the money insights' charts.
const WIDTH = 320;
const PLOT_LEFT = 40;
const PLOT_RIGHT = WIDTH - 4;
const TITLE_HEIGHT = 20;
const PLOT_HEIGHT = 56;
const PANEL_GAP = 14;
const LABEL_HEIGHT = 18;
const PANEL_HEIGHT = TITLE_HEIGHT + PLOT_HEIGHT;
const MAX_BAR_WIDTH = 24;
/** A concession of 0 (their favourite) still shows, as a sliver on the baseline. */
const MIN_BAR = 2;
/** The most recent decisions the chart has room for; the table has them all. */
export const CHART_DECISIONS = 12;

/**
 * One small chart per member, stacked, each from 0% to 100%: a bar per decision, oldest on the
 * left, as high as they gave way in it. Small multiples, so no colour stands for a person.
 */
export function concessionChart(
  rows: readonly LogRow[],
  members: readonly string[],
): ConcessionChartLayout {
  const shown = rows.slice(-CHART_DECISIONS);
  const slotWidth = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, shown.length);
  const barWidth = Math.min(MAX_BAR_WIDTH, slotWidth * 0.6);
  const offset = (share: number) => PLOT_HEIGHT - Math.min(1, Math.max(0, share)) * PLOT_HEIGHT;
  const centre = (slot: number) => PLOT_LEFT + (slot + 0.5) * slotWidth;

  const panels = members.map((userId, index): ConcessionPanel => {
    const titleY = index * (PANEL_HEIGHT + PANEL_GAP);
    const plotTop = titleY + TITLE_HEIGHT;
    const baseline = plotTop + PLOT_HEIGHT;
    const bars = shown.flatMap((row, slot) => {
      const share = row.conceded.find((c) => c.userId === userId)?.share ?? null;
      if (share === null) return [];
      const height = Math.max(MIN_BAR, baseline - (plotTop + offset(share)));
      return [
        {
          decisionId: row.decisionId,
          x: centre(slot) - barWidth / 2,
          y: baseline - height,
          width: barWidth,
          height,
          share,
        },
      ];
    });
    return { userId, titleY, plotTop, baseline, bars };
  });

  const plotsEnd = Math.max(0, members.length * (PANEL_HEIGHT + PANEL_GAP) - PANEL_GAP);
  const first = shown[0];
  const last = shown[shown.length - 1];
  const labelY = plotsEnd + LABEL_HEIGHT - 5;
  const labels =
    first && last
      ? [
          { decisionId: first.decisionId, x: PLOT_LEFT, y: labelY, anchor: 'start' as const },
          ...(last === first
            ? []
            : [{ decisionId: last.decisionId, x: PLOT_RIGHT, y: labelY, anchor: 'end' as const }]),
        ]
      : [];
  return {
    width: WIDTH,
    height: plotsEnd + LABEL_HEIGHT,
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    gridlines: [0.5, 1].map((share) => ({ share, offset: offset(share) })),
    panels,
    labels,
  };
}
