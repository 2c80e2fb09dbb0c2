/**
 * A speaker–listener conversation between two people, as a pure state machine: the speaker
 * holds the floor and says short turns; the listener may only say back what they heard; the
 * speaker confirms ("that's it") or corrects ("not quite …") until the paraphrase is right;
 * then the speaker may go on or pass the floor. Solving the problem waits until both agree to
 * switch to it. Either may call a time-out of at least 20 minutes. The server applies moves
 * with `applyMove` and is the only authority on the state.
 */

export const MIN_TIMEOUT_MINUTES = 20;
export const MAX_TIMEOUT_MINUTES = 24 * 60;
/** Short turns are easier to hear: a hint shows past this, the limit is hard. */
export const TURN_HINT_CHARS = 280;
export const TURN_MAX_CHARS = 1000;

export type SessionPhase = 'waiting' | 'talking' | 'solving' | 'timeout' | 'ended';
/** Within "talking": whose move it is. */
export type TalkStep = 'speaking' | 'paraphrasing' | 'confirming';

export interface Turn {
  by: string;
  kind: 'speak' | 'paraphrase' | 'confirm' | 'correct' | 'idea' | 'floor' | 'timeout' | 'resume';
  text: string | null;
  at: string;
}

export interface SessionState {
  starter: string;
  partner: string;
  phase: SessionPhase;
  step: TalkStep;
  /** Who holds the floor (the speaker) while talking. */
  floor: string;
  /** Who asked to switch to solving the problem; both, and it switches. */
  wantsToSolve: string[];
  /** While paused: until when, and where to come back to. */
  timeout: { by: string; until: string; resume: 'talking' | 'solving' } | null;
  turns: Turn[];
}

export type Move =
  | { type: 'join' }
  | { type: 'speak'; text: string }
  | { type: 'paraphrase'; text: string }
  | { type: 'confirm' }
  | { type: 'correct'; text: string }
  | { type: 'pass_floor' }
  | { type: 'ask_to_solve' }
  | { type: 'idea'; text: string }
  | { type: 'timeout'; until: string }
  | { type: 'resume' }
  | { type: 'end' };

/** Why a move was refused: stable codes the interface words for people. */
export type MoveRefusal =
  | 'not_in_session'
  | 'not_started'
  | 'already_joined'
  | 'session_over'
  | 'paused'
  | 'not_your_floor'
  | 'listener_only_paraphrases'
  | 'waiting_for_paraphrase'
  | 'waiting_for_confirmation'
  | 'nothing_to_paraphrase'
  | 'not_solving_yet'
  | 'still_talking'
  | 'timeout_too_short'
  | 'timeout_too_long'
  | 'not_paused'
  | 'too_early_to_resume'
  | 'empty_text'
  | 'text_too_long';

export type MoveResult = { ok: true; state: SessionState } | { ok: false; refusal: MoveRefusal };

export function startSession(starter: string, partner: string): SessionState {
  return {
    starter,
    partner,
    phase: 'waiting',
    step: 'speaking',
    floor: starter,
    wantsToSolve: [],
    timeout: null,
    turns: [],
  };
}

/** The other person in the session. */
export const otherThan = (state: SessionState, person: string) =>
  person === state.starter ? state.partner : state.starter;

export function applyMove(state: SessionState, by: string, move: Move, now: string): MoveResult {
  const refuse = (refusal: MoveRefusal): MoveResult => ({ ok: false, refusal });
  if (by !== state.starter && by !== state.partner) return refuse('not_in_session');
  if (state.phase === 'ended') return refuse('session_over');
  if ('text' in move) {
    const text = move.text.trim();
    if (text === '') return refuse('empty_text');
    if (text.length > TURN_MAX_CHARS) return refuse('text_too_long');
  }
  const turn = (kind: Turn['kind'], text: string | null = null): Turn => ({
    by,
    kind,
    text,
    at: now,
  });
  const next = (changes: Partial<SessionState>, added: Turn | null): MoveResult => ({
    ok: true,
    state: { ...state, ...changes, turns: added ? [...state.turns, added] : state.turns },
  });
  const text = 'text' in move ? move.text.trim() : null;

  if (move.type === 'end') return next({ phase: 'ended', timeout: null }, null);
  if (state.phase === 'waiting') {
    if (move.type !== 'join') return refuse('not_started');
    if (by !== state.partner) return refuse('already_joined');
    return next({ phase: 'talking', step: 'speaking', floor: state.starter }, null);
  }
  if (move.type === 'join') return refuse('already_joined');

  if (state.phase === 'timeout') {
    if (move.type !== 'resume') return refuse('paused');
    if (now < state.timeout!.until) return refuse('too_early_to_resume');
    return next({ phase: state.timeout!.resume, timeout: null }, turn('resume'));
  }
  if (move.type === 'resume') return refuse('not_paused');

  if (move.type === 'timeout') {
    const minutes = (Date.parse(move.until) - Date.parse(now)) / 60_000;
    if (!(minutes >= MIN_TIMEOUT_MINUTES)) return refuse('timeout_too_short');
    if (minutes > MAX_TIMEOUT_MINUTES) return refuse('timeout_too_long');
    return next(
      { phase: 'timeout', timeout: { by, until: move.until, resume: state.phase } },
      turn('timeout'),
    );
  }

  if (state.phase === 'solving') {
    if (move.type !== 'idea') return refuse('still_talking');
    return next({}, turn('idea', text));
  }

  // Talking: the speaker–listener loop.
  const speaker = state.floor;
  const isSpeaker = by === speaker;
  switch (move.type) {
    case 'speak':
      if (!isSpeaker) return refuse('listener_only_paraphrases');
      if (state.step === 'paraphrasing') return refuse('waiting_for_paraphrase');
      if (state.step === 'confirming') return refuse('waiting_for_confirmation');
      return next({ step: 'paraphrasing' }, turn('speak', text));
    case 'paraphrase':
      if (isSpeaker) return refuse('not_your_floor');
      if (state.step === 'speaking') return refuse('nothing_to_paraphrase');
      if (state.step === 'confirming') return refuse('waiting_for_confirmation');
      return next({ step: 'confirming' }, turn('paraphrase', text));
    case 'confirm':
    case 'correct':
      if (!isSpeaker) return refuse('not_your_floor');
      if (state.step !== 'confirming') return refuse('waiting_for_paraphrase');
      return move.type === 'confirm'
        ? next({ step: 'speaking' }, turn('confirm'))
        : next({ step: 'paraphrasing' }, turn('correct', text));
    case 'pass_floor':
      if (!isSpeaker) return refuse('not_your_floor');
      if (state.step === 'paraphrasing') return refuse('waiting_for_paraphrase');
      if (state.step === 'confirming') return refuse('waiting_for_confirmation');
      return next(
        { floor: otherThan(state, speaker), step: 'speaking', wantsToSolve: [] },
        turn('floor'),
      );
    case 'ask_to_solve': {
      // Only between exchanges: never in the middle of being heard.
      if (state.step !== 'speaking') {
        return refuse(
          state.step === 'paraphrasing' ? 'waiting_for_paraphrase' : 'waiting_for_confirmation',
        );
      }
      const wanting = [...new Set([...state.wantsToSolve, by])];
      const both = wanting.includes(state.starter) && wanting.includes(state.partner);
      return next(
        both ? { phase: 'solving', wantsToSolve: wanting } : { wantsToSolve: wanting },
        null,
      );
    }
    case 'idea':
      return refuse('not_solving_yet');
  }
}

/** What `person` may do now: for the interface to offer only moves the server accepts. */
export function allowedMoves(state: SessionState, person: string, now: string): Move['type'][] {
  const probes: Move[] = [
    { type: 'join' },
    { type: 'speak', text: 'x' },
    { type: 'paraphrase', text: 'x' },
    { type: 'confirm' },
    { type: 'correct', text: 'x' },
    { type: 'pass_floor' },
    { type: 'ask_to_solve' },
    { type: 'idea', text: 'x' },
    {
      type: 'timeout',
      until: new Date(Date.parse(now) + MIN_TIMEOUT_MINUTES * 60_000).toISOString(),
    },
    { type: 'resume' },
    { type: 'end' },
  ];
  return probes
    .filter((move) => applyMove(state, person, move, now).ok)
    .filter((move) => !(move.type === 'ask_to_solve' && state.wantsToSolve.includes(person)))
    .map((move) => move.type);
}
