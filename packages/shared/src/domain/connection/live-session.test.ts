import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedMoves,
  applyMove,
  startSession,
  type Move,
  type SessionState,
} from './live-session';

const NOW = '2026-11-27T18:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(NOW) + minutes * 60_000).toISOString();

/** Applies moves that must all be accepted. */
function play(moves: [string, Move][], at = NOW): SessionState {
  return moves.reduce(
    (state, [by, move]) => {
      const result = applyMove(state, by, move, at);
      if (!result.ok) throw new Error(`${by} ${move.type}: ${result.refusal}`);
      return result.state;
    },
    startSession('ana', 'ben'),
  );
}

describe('the speaker–listener session', () => {
  it('runs a full round: speak, paraphrase, correct, paraphrase again, confirm, pass the floor', () => {
    const state = play([
      ['ben', { type: 'join' }],
      ['ana', { type: 'speak', text: 'I feel alone with the evenings.' }],
      ['ben', { type: 'paraphrase', text: 'You feel the evenings are all on you.' }],
      ['ana', { type: 'correct', text: 'Not quite: alone, not overloaded.' }],
      ['ben', { type: 'paraphrase', text: 'You feel lonely in the evenings.' }],
      ['ana', { type: 'confirm' }],
      ['ana', { type: 'pass_floor' }],
    ]);
    expect(state).toMatchObject({ phase: 'talking', step: 'speaking', floor: 'ben' });
    expect(state.turns.map((t) => `${t.by} ${t.kind}`)).toEqual([
      'ana speak',
      'ben paraphrase',
      'ana correct',
      'ben paraphrase',
      'ana confirm',
      'ana floor',
    ]);
  });

  it('refuses out-of-turn moves with a reason', () => {
    const talking = play([['ben', { type: 'join' }]]);
    const refusal = (state: SessionState, by: string, move: Move) => {
      const result = applyMove(state, by, move, NOW);
      return result.ok ? 'accepted' : result.refusal;
    };
    expect(refusal(startSession('ana', 'ben'), 'ana', { type: 'speak', text: 'x' })).toBe(
      'not_started',
    );
    expect(refusal(talking, 'ben', { type: 'speak', text: 'My view' })).toBe(
      'listener_only_paraphrases',
    );
    expect(refusal(talking, 'ben', { type: 'paraphrase', text: 'x' })).toBe(
      'nothing_to_paraphrase',
    );
    expect(refusal(talking, 'cy', { type: 'end' })).toBe('not_in_session');
    const spoken = play([
      ['ben', { type: 'join' }],
      ['ana', { type: 'speak', text: 'x' }],
    ]);
    expect(refusal(spoken, 'ana', { type: 'speak', text: 'more' })).toBe('waiting_for_paraphrase');
    expect(refusal(spoken, 'ana', { type: 'pass_floor' })).toBe('waiting_for_paraphrase');
    expect(refusal(spoken, 'ben', { type: 'ask_to_solve' })).toBe('waiting_for_paraphrase');
    expect(refusal(talking, 'ana', { type: 'idea', text: 'Fix it' })).toBe('not_solving_yet');
    expect(refusal(talking, 'ana', { type: 'speak', text: '   ' })).toBe('empty_text');
    expect(refusal(talking, 'ana', { type: 'speak', text: 'x'.repeat(1001) })).toBe(
      'text_too_long',
    );
  });

  it('switches to solving only when both agree', () => {
    const one = play([
      ['ben', { type: 'join' }],
      ['ana', { type: 'ask_to_solve' }],
    ]);
    expect(one.phase).toBe('talking');
    const both = applyMove(one, 'ben', { type: 'ask_to_solve' }, NOW);
    expect(both.ok && both.state.phase).toBe('solving');
    if (both.ok)
      expect(
        applyMove(both.state, 'ben', { type: 'idea', text: 'Walk after dinner' }, NOW).ok,
      ).toBe(true);
  });

  it('pauses for at least 20 minutes and comes back to where it was', () => {
    const spoken = play([
      ['ben', { type: 'join' }],
      ['ana', { type: 'speak', text: 'x' }],
    ]);
    expect(applyMove(spoken, 'ben', { type: 'timeout', until: later(10) }, NOW)).toEqual({
      ok: false,
      refusal: 'timeout_too_short',
    });
    const paused = applyMove(spoken, 'ben', { type: 'timeout', until: later(30) }, NOW);
    if (!paused.ok) throw new Error(paused.refusal);
    expect(paused.state.phase).toBe('timeout');
    expect(applyMove(paused.state, 'ana', { type: 'paraphrase', text: 'x' }, later(5))).toEqual({
      ok: false,
      refusal: 'paused',
    });
    expect(applyMove(paused.state, 'ana', { type: 'resume' }, later(25))).toEqual({
      ok: false,
      refusal: 'too_early_to_resume',
    });
    const back = applyMove(paused.state, 'ana', { type: 'resume' }, later(30));
    expect(back.ok && [back.state.phase, back.state.step, back.state.floor]).toEqual([
      'talking',
      'paraphrasing',
      'ana',
    ]);
  });

  it('offers exactly the moves it would accept', () => {
    const talking = play([['ben', { type: 'join' }]]);
    expect(allowedMoves(talking, 'ana', NOW)).toEqual([
      'speak',
      'pass_floor',
      'ask_to_solve',
      'timeout',
      'end',
    ]);
    expect(allowedMoves(talking, 'ben', NOW)).toEqual(['ask_to_solve', 'timeout', 'end']);
  });

  it('keeps its rules under any sequence of moves by either person', () => {
    const text = fc.constantFrom('I feel', 'You feel', '');
    const move: fc.Arbitrary<Move> = fc.oneof(
      fc.constantFrom<Move>(
        { type: 'join' },
        { type: 'confirm' },
        { type: 'pass_floor' },
        { type: 'ask_to_solve' },
        { type: 'resume' },
        { type: 'end' },
      ),
      text.map((t): Move => ({ type: 'speak', text: t })),
      text.map((t): Move => ({ type: 'paraphrase', text: t })),
      text.map((t): Move => ({ type: 'correct', text: t })),
      text.map((t): Move => ({ type: 'idea', text: t })),
      fc.integer({ min: 0, max: 60 }).map((m): Move => ({ type: 'timeout', until: later(m) })),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('ana', 'ben', 'ana', 'ben', 'cy'),
            move,
            fc.integer({ min: 0, max: 90 }),
          ),
          { maxLength: 40 },
        ),
        (moves) => {
          let state = startSession('ana', 'ben');
          let floor = state.floor;
          for (const [by, m, minutes] of moves) {
            const result = applyMove(state, by, m, later(minutes));
            if (!result.ok) continue;
            const added = result.state.turns.slice(state.turns.length);
            for (const turn of added) {
              // Only the speaker speaks, confirms or corrects; only the listener paraphrases.
              if (['speak', 'confirm', 'correct'].includes(turn.kind)) expect(turn.by).toBe(floor);
              if (turn.kind === 'paraphrase') expect(turn.by).not.toBe(floor);
              if (turn.kind === 'idea') expect(state.phase).toBe('solving');
            }
            state = result.state;
            floor = state.floor;
            expect(['ana', 'ben']).toContain(state.floor);
            expect(state.phase === 'timeout').toBe(state.timeout !== null);
          }
          // A paraphrase always answers something said: each follows a speak or a correction.
          state.turns.forEach((turn, i) => {
            if (turn.kind === 'paraphrase') {
              const before = state.turns
                .slice(0, i)
                .filter((t) => !['timeout', 'resume'].includes(t.kind))
                .pop();
              expect(['speak', 'correct']).toContain(before?.kind);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
