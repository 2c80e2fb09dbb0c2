import type { FairnessView } from '@tandem/shared';

/** Nice steps for the value axis: minutes under an hour, then whole hours. */
const minuteSteps = [5, 10, 15, 20, 30];
const hourSteps = [1, 2, 3, 5].flatMap((n) => [1, 10, 100, 1000].map((k) => n * k * 60));
const steps = [...minuteSteps, ...hourSteps].sort((a, b) => a - b);
const MAX_TICKS = 4;

/**
 * The top of the value axis and the gap between its gridlines, so that the largest figure fits
 * under at most four round gridlines. Gridlines in minutes stop at one hour: past that they are
 * whole hours, which read at a glance ("2 h", not "1 h 30 min").
 */
export function valueScale(largest: number): { top: number; step: number } {
  const value = Math.max(0, largest);
  for (const step of steps) {
    const count = Math.max(1, Math.ceil(value / step));
    if (count > MAX_TICKS) continue;
    if (step < 60 && count * step > 60) continue;
    return { top: count * step, step };
  }
  const step = steps[steps.length - 1] ?? 60;
  return { top: Math.ceil(value / step) * step, step };
}

/** Me first, then everyone else in the order the server gave. */
export function memberOrder(ids: readonly string[], myId: string): string[] {
  return ids.includes(myId) ? [myId, ...ids.filter((id) => id !== myId)] : [...ids];
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  minutes: number;
}

export interface ChartSlot {
  /** Where the period's label is centred. */
  labelX: number;
  planned: Bar;
  done: Bar;
  /** The fair share as a line across the slot. */
  fair: { x1: number; x2: number; y: number; minutes: number };
}

export interface ChartPanel {
  userId: string;
  /** The top of the member's panel, where their name sits. */
  titleY: number;
  plotTop: number;
  baseline: number;
  /** The baseline of the period labels under the plot. */
  labelY: number;
  gridlines: { y: number; minutes: number }[];
  slots: ChartSlot[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  panels: ChartPanel[];
}

// The drawing's own units; the SVG scales to its box, so these only set proportions.
const WIDTH = 320;
const PLOT_LEFT = 40;
const PLOT_RIGHT = WIDTH - 4;
const TITLE_HEIGHT = 20;
const PLOT_HEIGHT = 72;
const LABEL_HEIGHT = 18;
const PANEL_GAP = 14;
const PANEL_HEIGHT = TITLE_HEIGHT + PLOT_HEIGHT + LABEL_HEIGHT;

/**
 * One small chart per member, stacked, all on the same scale: periods along, and in each a
 * planned bar and a done bar side by side with the fair share drawn across them. Small
 * multiples need no colour per member, which would not survive eight members or dark mode.
 */
export function fairnessChart(view: FairnessView, members: readonly string[]): ChartLayout {
  const largest = Math.max(
    0,
    ...view.periods.flatMap((p) =>
      p.members.flatMap((m) => [m.plannedMinutes, m.doneMinutes, m.fairShareMinutes]),
    ),
  );
  const { top, step } = valueScale(largest);
  const slotWidth = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, view.periods.length);

  const panels = members.map((userId, index): ChartPanel => {
    const titleY = index * (PANEL_HEIGHT + PANEL_GAP);
    const plotTop = titleY + TITLE_HEIGHT;
    const baseline = plotTop + PLOT_HEIGHT;
    const y = (minutes: number) => baseline - (Math.min(minutes, top) / top) * PLOT_HEIGHT;
    const bar = (x: number, minutes: number): Bar => ({
      x,
      y: y(minutes),
      width: slotWidth * 0.32,
      height: baseline - y(minutes),
      minutes,
    });
    const gridlines = [];
    for (let minutes = step; minutes <= top; minutes += step) {
      gridlines.push({ y: y(minutes), minutes });
    }
    const slots = view.periods.map((period, slot): ChartSlot => {
      const left = PLOT_LEFT + slot * slotWidth;
      const figures = period.members.find((m) => m.userId === userId);
      const fair = figures?.fairShareMinutes ?? 0;
      return {
        labelX: left + slotWidth / 2,
        planned: bar(left + slotWidth * 0.16, figures?.plannedMinutes ?? 0),
        done: bar(left + slotWidth * 0.52, figures?.doneMinutes ?? 0),
        fair: {
          x1: left + slotWidth * 0.08,
          x2: left + slotWidth * 0.92,
          y: y(fair),
          minutes: fair,
        },
      };
    });
    return {
      userId,
      titleY,
      plotTop,
      baseline,
      labelY: baseline + LABEL_HEIGHT - 5,
      gridlines,
      slots,
    };
  });

  return {
    width: WIDTH,
    height: Math.max(0, members.length * (PANEL_HEIGHT + PANEL_GAP) - PANEL_GAP),
    plotLeft: PLOT_LEFT,
    plotRight: PLOT_RIGHT,
    panels,
  };
}
