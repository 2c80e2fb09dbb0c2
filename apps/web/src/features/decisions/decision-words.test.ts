import { describe, expect, it } from 'vitest';
import { decisionStatus, deadlineText, splitDecisions, waitingSentences } from './decision-words';
import { ALEX, SAM, ballot, buildDecision, people } from './test-data';

describe('waitingSentences', () => {
  it('names who we wait for, and tells me when my scores are still to come', () => {
    expect(waitingSentences(buildDecision(), people)).toEqual([
      'Waiting for Sam to score',
      'Your scores are still to come too.',
    ]);
    expect(waitingSentences(buildDecision({ waitingFor: [SAM] }), people)).toEqual([
      'Waiting for Sam to score',
    ]);
    expect(waitingSentences(buildDecision({ waitingFor: [ALEX] }), people)).toEqual([
      'Everyone else has scored: yours will reveal the scores.',
    ]);
  });

  it('asks me to score an option added after I scored', () => {
    const decision = buildDecision({ waitingFor: [ALEX], myBallot: ballot(ALEX, { o1: 3 }) });
    expect(waitingSentences(decision, people)).toEqual([
      'A new option has been added since you scored: please score it too.',
    ]);
  });
});

describe('decisionStatus', () => {
  it('says where each one stands from my side', () => {
    expect(decisionStatus(buildDecision(), people)).toBe('Waiting for your scores');
    expect(decisionStatus(buildDecision({ waitingFor: [SAM] }), people)).toBe(
      'Waiting for Sam to score',
    );
    expect(decisionStatus(buildDecision({ phase: 'revealed', waitingFor: [] }), people)).toBe(
      'Everyone has scored: time to choose',
    );
    const decided = buildDecision({
      phase: 'decided',
      choice: {
        optionId: 'o2',
        why: '',
        decidedBy: SAM,
        decidedAt: '2026-03-02T10:00:00.000Z',
        reviewOn: null,
        concessions: [],
        reviews: [],
        link: null,
      },
    });
    expect(decisionStatus(decided, people)).toBe('You chose The mountains');
  });

  it('says the deadline in words, and nothing without one', () => {
    expect(deadlineText(buildDecision({ deadlineOn: '2026-06-12' }))).toBe(
      'Decide by Friday, June 12',
    );
    expect(deadlineText(buildDecision())).toBeUndefined();
  });
});

describe('splitDecisions', () => {
  it('keeps the open ones apart from the decided ones', () => {
    const open = buildDecision({ id: 'a' });
    const decided = buildDecision({ id: 'b', phase: 'decided' });
    expect(splitDecisions([decided, open])).toEqual({ open: [open], decided: [decided] });
  });
});
