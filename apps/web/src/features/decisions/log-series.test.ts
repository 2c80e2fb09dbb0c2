import { describe, expect, it } from 'vitest';
import type { DecisionLog } from '@tandem/shared';
import { concessionChart, CHART_DECISIONS } from './concession-geometry';
import { averages, logMembers, logRows, totalSentences } from './log-series';
import { ALEX, SAM, people } from './test-data';

const item = (id: string, concessions: [string, number][], chosen: string | null = 'Coast') => ({
  decisionId: id,
  question: `Question ${id}?`,
  chosen,
  decidedAt: '2026-03-02T10:00:00.000Z',
  concessions: concessions.map(([userId, conceded]) => ({ userId, conceded })),
});

const log: DecisionLog = {
  items: [
    item('d1', [
      [SAM, 0.5],
      [ALEX, 0],
    ]),
    item('d2', [], null),
    item('d3', [
      [SAM, 0.3],
      [ALEX, 0.1],
    ]),
  ],
  totals: [
    { userId: SAM, conceded: 0.8, decisions: 2 },
    { userId: ALEX, conceded: 0.1, decisions: 2 },
  ],
};

describe('the log as rows', () => {
  it('lists members me first, and a row per decision with none where nothing was chosen', () => {
    const members = logMembers(log, people.order);
    expect(members).toEqual([ALEX, SAM]);
    const rows = logRows(log, members);
    expect(rows.map((row) => row.conceded.map((c) => c.share))).toEqual([
      [0, 0.5],
      [null, null],
      [0.1, 0.3],
    ]);
  });

  it('keeps someone who has left, after everyone here', () => {
    const withGone = {
      ...log,
      totals: [...log.totals, { userId: 'gone', conceded: 0, decisions: 1 }],
    };
    expect(logMembers(withGone, people.order)).toEqual([ALEX, SAM, 'gone']);
  });
});

describe('totals', () => {
  it('averages each one’s concessions over their decisions', () => {
    expect(averages(log, [ALEX, SAM])).toEqual([
      { userId: ALEX, average: 0.05, decisions: 2 },
      { userId: SAM, average: 0.4, decisions: 2 },
    ]);
  });

  it('says the averages, then who has given way more, kindly', () => {
    expect(totalSentences(log, people)).toEqual([
      'Over 2 decisions, you gave way 5% on average.',
      'Over 2 decisions, Sam gave way 40% on average.',
      'Sam has given way more lately. When two options come out level, Tandem leans their way — and you might too, next time it’s close.',
    ]);
  });

  it('says nothing of evening out after a single decision', () => {
    const once = {
      ...log,
      totals: [
        { userId: SAM, conceded: 0.9, decisions: 1 },
        { userId: ALEX, conceded: 0, decisions: 1 },
      ],
    };
    expect(totalSentences(once, people)).toEqual([
      'In 1 decision, you gave way 0%.',
      'In 1 decision, Sam gave way 90%.',
    ]);
  });

  it('says when it has evened out', () => {
    const even = {
      ...log,
      totals: [
        { userId: SAM, conceded: 0.8, decisions: 2 },
        { userId: ALEX, conceded: 0.6, decisions: 2 },
      ],
    };
    expect(totalSentences(even, people).at(-1)).toBe('You’ve given way about equally.');
  });
});

describe('concessionChart', () => {
  it('draws a bar per decision and member, a sliver for a favourite, none without a choice', () => {
    const chart = concessionChart(logRows(log, [ALEX, SAM]), [ALEX, SAM]);
    const [mine, sams] = chart.panels;
    expect(mine?.bars.map((bar) => bar.decisionId)).toEqual(['d1', 'd3']);
    expect(mine?.bars[0]?.height).toBe(2);
    expect(sams?.bars[0]?.height).toBeCloseTo(28);
    expect(sams?.bars[0]?.y).toBeCloseTo((sams?.baseline ?? 0) - 28);
    expect(chart.labels.map((label) => label.decisionId)).toEqual(['d1', 'd3']);
  });

  it('shows only the latest decisions it has room for', () => {
    const many: DecisionLog = {
      items: Array.from({ length: CHART_DECISIONS + 3 }, (_, i) => item(`d${i}`, [[ALEX, 0.5]])),
      totals: [],
    };
    const chart = concessionChart(logRows(many, [ALEX]), [ALEX]);
    expect(chart.panels[0]?.bars).toHaveLength(CHART_DECISIONS);
    expect(chart.labels[0]?.decisionId).toBe('d3');
  });
});
