import { describe, expect, it } from 'vitest';
import type { FairnessView } from '@tandem/shared';
import { fairnessChart, memberOrder, valueScale } from './fairness-geometry';

const figures = (userId: string, planned: number, done: number, fair: number) => ({
  userId,
  plannedMinutes: planned,
  doneMinutes: done,
  fairShareMinutes: fair,
});

const view: FairnessView = {
  period: 'month',
  periods: [
    {
      start: '2026-01-01',
      end: '2026-02-01',
      members: [figures('alex', 100, 80, 90), figures('sam', 80, 100, 90)],
    },
    {
      start: '2026-02-01',
      end: '2026-03-01',
      members: [figures('alex', 200, 0, 150), figures('sam', 100, 50, 150)],
    },
  ],
};

describe('valueScale', () => {
  it('rounds up to at most four round gridlines', () => {
    expect(valueScale(50)).toEqual({ top: 60, step: 15 });
    expect(valueScale(200)).toEqual({ top: 240, step: 60 });
    expect(valueScale(610)).toEqual({ top: 720, step: 180 });
    expect(valueScale(6000)).toEqual({ top: 7200, step: 1800 });
  });

  it('keeps gridlines under an hour in minutes and past it in whole hours', () => {
    for (const largest of [1, 7, 29, 44, 59, 61, 95, 170, 400, 2500, 59_000]) {
      const { top, step } = valueScale(largest);
      expect(top).toBeGreaterThanOrEqual(largest);
      expect(top / step).toBeLessThanOrEqual(4);
      expect(Number.isInteger(top / step)).toBe(true);
      if (top > 60) expect(step % 60).toBe(0);
    }
  });

  it('still draws an axis when there is nothing to show', () => {
    expect(valueScale(0)).toEqual({ top: 5, step: 5 });
    expect(valueScale(-10).top).toBeGreaterThan(0);
  });
});

describe('memberOrder', () => {
  it('puts me first and keeps the others in order', () => {
    expect(memberOrder(['alex', 'sam', 'kim'], 'sam')).toEqual(['sam', 'alex', 'kim']);
    expect(memberOrder(['alex', 'kim'], 'sam')).toEqual(['alex', 'kim']);
  });
});

describe('fairnessChart', () => {
  const chart = fairnessChart(view, ['sam', 'alex']);

  it('stacks one panel per member, in the order given', () => {
    expect(chart.panels.map((p) => p.userId)).toEqual(['sam', 'alex']);
    const [first, second] = chart.panels;
    expect(second!.titleY).toBeGreaterThan(first!.labelY);
    expect(chart.height).toBeGreaterThan(second!.labelY);
  });

  it('draws every panel to the same scale, so bars compare across members', () => {
    const [sam, alex] = chart.panels;
    // Largest figure is 200 minutes: a top of 240, so 200 fills five sixths of the plot.
    const plot = alex!.baseline - alex!.plotTop;
    expect(alex!.slots[1]!.planned.height).toBeCloseTo((plot * 200) / 240);
    expect(sam!.slots[0]!.done.height).toBeCloseTo(alex!.slots[0]!.planned.height);
    expect(alex!.slots[1]!.done.height).toBe(0);
    expect(alex!.gridlines.map((g) => g.minutes)).toEqual([60, 120, 180, 240]);
    expect(alex!.gridlines.at(-1)!.y).toBeCloseTo(alex!.plotTop);
  });

  it('stands bars on the baseline, side by side inside their period', () => {
    for (const panel of chart.panels) {
      panel.slots.forEach((slot, index) => {
        for (const bar of [slot.planned, slot.done]) {
          expect(bar.y + bar.height).toBeCloseTo(panel.baseline);
          expect(bar.y).toBeGreaterThanOrEqual(panel.plotTop);
        }
        expect(slot.planned.x + slot.planned.width).toBeLessThan(slot.done.x);
        expect(slot.fair.x1).toBeLessThan(slot.planned.x);
        expect(slot.fair.x2).toBeGreaterThan(slot.done.x + slot.done.width);
        const next = panel.slots[index + 1];
        if (next) expect(slot.fair.x2).toBeLessThan(next.fair.x1);
      });
      expect(panel.slots.at(-1)!.fair.x2).toBeLessThanOrEqual(chart.plotRight);
      expect(panel.slots[0]!.fair.x1).toBeGreaterThanOrEqual(chart.plotLeft);
    }
  });

  it('draws the fair share as a line at its height', () => {
    const alex = chart.panels[1]!;
    const plot = alex.baseline - alex.plotTop;
    expect(alex.slots[1]!.fair.y).toBeCloseTo(alex.baseline - (plot * 150) / 240);
    expect(alex.slots[1]!.fair.minutes).toBe(150);
  });

  it('shows a member missing from a period as nothing planned or done', () => {
    const kim = fairnessChart(view, ['kim']).panels[0]!;
    expect(kim.slots.map((s) => [s.planned.height, s.done.height, s.fair.minutes])).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
});
