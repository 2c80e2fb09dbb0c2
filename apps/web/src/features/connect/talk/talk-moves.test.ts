import { allowedMoves, applyMove, startSession, type SessionState } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { composerFor, measureDraft, tapMovesFor } from './talk-moves';

const NOW = '2026-03-02T18:00:00.000Z';

/** Plays moves through the shared machine, as the server does, and fails on a refusal. */
function play(...moves: [string, Parameters<typeof applyMove>[2]][]): SessionState {
  let state = startSession('a', 'b');
  for (const [by, move] of moves) {
    const result = applyMove(state, by, move, NOW);
    if (!result.ok) throw new Error(`${by} ${move.type}: ${result.refusal}`);
    state = result.state;
  }
  return state;
}

const offered = (state: SessionState, person: string) => {
  const allowed = allowedMoves(state, person, NOW);
  return { composer: composerFor(allowed), taps: tapMovesFor(allowed) };
};

describe('what each person is offered, from the moves the server allows', () => {
  it('invites the partner to join, and lets the starter only call it off', () => {
    const waiting = startSession('a', 'b');
    expect(offered(waiting, 'b')).toEqual({ composer: undefined, taps: ['join', 'end'] });
    expect(offered(waiting, 'a')).toEqual({ composer: undefined, taps: ['end'] });
  });

  it('gives the speaker the words and the listener only a way to say them back', () => {
    const joined = play(['b', { type: 'join' }]);
    expect(offered(joined, 'a')).toEqual({
      composer: 'speak',
      taps: ['pass_floor', 'ask_to_solve', 'timeout', 'end'],
    });
    expect(offered(joined, 'b')).toEqual({
      composer: undefined,
      taps: ['ask_to_solve', 'timeout', 'end'],
    });

    const spoken = play(['b', { type: 'join' }], ['a', { type: 'speak', text: 'I feel alone.' }]);
    expect(offered(spoken, 'b')).toEqual({ composer: 'paraphrase', taps: ['timeout', 'end'] });
    expect(offered(spoken, 'a')).toEqual({ composer: undefined, taps: ['timeout', 'end'] });
  });

  it('lets the speaker confirm or put the paraphrase right', () => {
    const heard = play(
      ['b', { type: 'join' }],
      ['a', { type: 'speak', text: 'I feel alone.' }],
      ['b', { type: 'paraphrase', text: 'You feel busy.' }],
    );
    expect(offered(heard, 'a')).toEqual({
      composer: 'correct',
      taps: ['confirm', 'timeout', 'end'],
    });
    expect(offered(heard, 'b')).toEqual({ composer: undefined, taps: ['timeout', 'end'] });
  });

  it('offers ideas once both are ready to solve it', () => {
    const solving = play(
      ['b', { type: 'join' }],
      ['a', { type: 'ask_to_solve' }],
      ['b', { type: 'ask_to_solve' }],
    );
    expect(offered(solving, 'a')).toEqual({ composer: 'idea', taps: ['timeout', 'end'] });
    expect(offered(solving, 'b')).toEqual({ composer: 'idea', taps: ['timeout', 'end'] });
  });

  it('offers nothing once it has ended', () => {
    const ended = play(['b', { type: 'join' }], ['a', { type: 'end' }]);
    expect(offered(ended, 'a')).toEqual({ composer: undefined, taps: [] });
  });
});

describe('measureDraft', () => {
  it('counts every character and hints past the gentle limit', () => {
    expect(measureDraft('')).toEqual({ count: 0, max: 1000, long: false, empty: true });
    expect(measureDraft('   ')).toMatchObject({ count: 3, empty: true });
    expect(measureDraft('x'.repeat(280))).toMatchObject({ count: 280, long: false });
    expect(measureDraft('x'.repeat(281))).toMatchObject({ count: 281, long: true, empty: false });
  });
});
