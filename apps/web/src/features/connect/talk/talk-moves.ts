import { TURN_HINT_CHARS, TURN_MAX_CHARS, type MoveBody } from '@tandem/shared';

/** The longest topic and summary the server takes (`startLiveSessionBody`, `summaryBody`). */
export const TOPIC_MAX_CHARS = 120;
export const SUMMARY_MAX_CHARS = 2000;

/** The moves that carry words: at most one is open to a person at a time. */
export type TextMove = Extract<MoveBody, { text: string }>['type'];
/** The moves made with one tap. Coming back from a break has its own screen. */
export type TapMove = 'join' | 'confirm' | 'pass_floor' | 'ask_to_solve' | 'timeout' | 'end';

/** Saying back and putting right come before going on: they are what the exchange waits for. */
const textMoves: readonly TextMove[] = ['paraphrase', 'correct', 'speak', 'idea'];
const tapMoves: readonly TapMove[] = [
  'join',
  'confirm',
  'pass_floor',
  'ask_to_solve',
  'timeout',
  'end',
];

/** Which text box to offer, from the moves the server says I may make now; none if no words fit. */
export function composerFor(allowed: readonly string[]): TextMove | undefined {
  return textMoves.find((move) => allowed.includes(move));
}

/** The one-tap moves to offer now, in the order they are shown. */
export function tapMovesFor(allowed: readonly string[]): TapMove[] {
  return tapMoves.filter((move) => allowed.includes(move));
}

/** The moves that lead the way (shown before the text box); the rest follow it. */
export const isLeadingMove = (move: TapMove) => move === 'join' || move === 'confirm';

/** A draft's length for the live count, and whether to hint that shorter is easier to hear. */
export function measureDraft(text: string): {
  count: number;
  max: number;
  long: boolean;
  empty: boolean;
} {
  return {
    count: text.length,
    max: TURN_MAX_CHARS,
    long: text.trim().length > TURN_HINT_CHARS,
    empty: text.trim() === '',
  };
}
