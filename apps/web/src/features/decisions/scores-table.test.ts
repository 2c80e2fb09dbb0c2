import { describe, expect, it } from 'vitest';
import { cellText, scoreRows } from './scores-table';
import { ALEX, SAM, ballot, buildDecision, option } from './test-data';

describe('scoreRows', () => {
  it('puts everyone’s scores side by side, me first, with the marks and the recommendation', () => {
    const decision = buildDecision({
      phase: 'revealed',
      options: [option('o1', 'Coast'), option('now', 'Keep things as they are', true)],
      ballots: [
        ballot(SAM, { o1: 9, now: 2 }, { couldLiveWith: ['now'] }),
        ballot(ALEX, { o1: 6, now: 4 }, { vetoes: [] }),
      ],
      recommendation: { recommended: 'o1', ranking: ['o1'], reasons: {} },
    });
    const rows = scoreRows(decision, [ALEX, SAM]);
    expect(rows.map((row) => [row.label, row.statusQuo, row.recommended])).toEqual([
      ['Coast', false, true],
      ['Keep things as they are', true, false],
    ]);
    expect(rows[1]?.cells).toEqual([
      { userId: ALEX, score: 4, dealbreaker: false, couldLiveWith: false },
      { userId: SAM, score: 2, dealbreaker: false, couldLiveWith: true },
    ]);
  });

  it('leaves out members without a revealed ballot', () => {
    const decision = buildDecision({ ballots: [ballot(SAM, { o1: 1, o2: 2 })] });
    expect(scoreRows(decision, [ALEX, SAM])[0]?.cells.map((cell) => cell.userId)).toEqual([SAM]);
  });
});

describe('cellText', () => {
  it('says the marks in words', () => {
    const cell = { userId: SAM, score: 3, dealbreaker: true, couldLiveWith: false };
    expect(cellText(cell)).toBe('3, dealbreaker');
    expect(cellText({ ...cell, dealbreaker: false, couldLiveWith: true })).toBe(
      '3, could live with it',
    );
    expect(cellText({ ...cell, score: 0, dealbreaker: false })).toBe('0');
  });
});
