import { describe, expect, it } from 'vitest';
import {
  ballotBodyOf,
  ballotDraftOf,
  newSinceMyBallot,
  setCouldLiveWith,
  setDealbreaker,
  setScore,
  vetoesLeft,
} from './ballot-draft';
import { ALEX, ballot, buildDecision, option } from './test-data';

const threeOptions = [option('o1', 'Coast'), option('o2', 'Mountains'), option('o3', 'City')];

describe('ballotDraftOf', () => {
  it('starts empty, and from my saved ballot for the options there are now', () => {
    expect(ballotDraftOf(buildDecision())).toEqual({ scores: {}, vetoes: [], couldLiveWith: [] });
    const decision = buildDecision({
      myBallot: ballot(ALEX, { o1: 7, gone: 3 }, { vetoes: ['gone'], couldLiveWith: ['o1'] }),
    });
    expect(ballotDraftOf(decision)).toEqual({
      scores: { o1: 7 },
      vetoes: [],
      couldLiveWith: ['o1'],
    });
  });
});

describe('newSinceMyBallot', () => {
  it('lists the options added after I scored, and none before I have', () => {
    expect(newSinceMyBallot(buildDecision({ options: threeOptions }))).toEqual([]);
    const decision = buildDecision({
      options: threeOptions,
      myBallot: ballot(ALEX, { o1: 7, o2: 4 }),
    });
    expect(newSinceMyBallot(decision)).toEqual(['o3']);
  });
});

describe('dealbreakers and could-live-with', () => {
  it('never marks an option as both', () => {
    const empty = ballotDraftOf(buildDecision());
    const livable = setCouldLiveWith(empty, 'o1', true);
    const vetoed = setDealbreaker(livable, 'o1', true);
    expect(vetoed).toMatchObject({ vetoes: ['o1'], couldLiveWith: [] });
    expect(setCouldLiveWith(vetoed, 'o1', true)).toMatchObject({
      vetoes: [],
      couldLiveWith: ['o1'],
    });
    expect(setDealbreaker(vetoed, 'o1', false)).toMatchObject({ vetoes: [], couldLiveWith: [] });
  });
});

describe('vetoesLeft', () => {
  it('is what the month allows less what I used, never below none', () => {
    expect(vetoesLeft({ vetoesPerMonth: 2, myVetoesThisMonth: 1 })).toBe(1);
    expect(vetoesLeft({ vetoesPerMonth: 1, myVetoesThisMonth: 3 })).toBe(0);
  });
});

describe('ballotBodyOf', () => {
  const decision = buildDecision();

  it('asks for a score on every option, naming the first without one', () => {
    const draft = setScore(ballotDraftOf(decision), 'o1', 0);
    expect(ballotBodyOf(draft, decision, 2)).toEqual({
      ok: false,
      problem: 'unscored',
      optionId: 'o2',
    });
  });

  it('sends every score, zero included, with the marks', () => {
    let draft = setScore(setScore(ballotDraftOf(decision), 'o1', 0), 'o2', 10);
    draft = setDealbreaker(draft, 'o1', true);
    draft = setCouldLiveWith(draft, 'o2', true);
    expect(ballotBodyOf(draft, decision, 1)).toEqual({
      ok: true,
      body: { scores: { o1: 0, o2: 10 }, vetoes: ['o1'], couldLiveWith: ['o2'] },
    });
  });

  it('counts only dealbreakers not already on my saved ballot against what is left', () => {
    const saved = buildDecision({ myBallot: ballot(ALEX, { o1: 2, o2: 8 }, { vetoes: ['o1'] }) });
    const kept = ballotDraftOf(saved);
    expect(ballotBodyOf(kept, saved, 0).ok).toBe(true);
    const more = setDealbreaker(kept, 'o2', true);
    expect(ballotBodyOf(more, saved, 0)).toEqual({ ok: false, problem: 'vetoLimit', left: 0 });
  });
});
