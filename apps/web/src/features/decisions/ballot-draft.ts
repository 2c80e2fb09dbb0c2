import type { Decision } from '@tandem/shared';
import type { BallotBody, DecisionSettings } from './decisions-api';

/** My ballot as it is being filled in: an option without a score yet has none. */
export interface BallotDraft {
  scores: Readonly<Record<string, number>>;
  vetoes: readonly string[];
  couldLiveWith: readonly string[];
}

const only = (ids: readonly string[], keep: ReadonlySet<string>) =>
  ids.filter((id) => keep.has(id));

/** The draft my saved ballot gives, for the options there are now. */
export function ballotDraftOf(decision: Pick<Decision, 'options' | 'myBallot'>): BallotDraft {
  const ids = new Set(decision.options.map((option) => option.id));
  const mine = decision.myBallot;
  if (!mine) return { scores: {}, vetoes: [], couldLiveWith: [] };
  return {
    scores: Object.fromEntries(Object.entries(mine.scores).filter(([id]) => ids.has(id))),
    vetoes: only(mine.vetoes, ids),
    couldLiveWith: only(mine.couldLiveWith, ids),
  };
}

/** Options added since I saved my scores: I am asked to score them too. */
export function newSinceMyBallot(decision: Pick<Decision, 'options' | 'myBallot'>): string[] {
  const mine = decision.myBallot;
  if (!mine) return [];
  return decision.options.map((option) => option.id).filter((id) => !(id in mine.scores));
}

export const setScore = (draft: BallotDraft, optionId: string, score: number): BallotDraft => ({
  ...draft,
  scores: { ...draft.scores, [optionId]: score },
});

const toggled = (ids: readonly string[], id: string, on: boolean) =>
  on ? (ids.includes(id) ? ids : [...ids, id]) : ids.filter((other) => other !== id);

/** A dealbreaker is not also one I could live with: ticking one unticks the other. */
export const setDealbreaker = (draft: BallotDraft, optionId: string, on: boolean): BallotDraft => ({
  ...draft,
  vetoes: toggled(draft.vetoes, optionId, on),
  couldLiveWith: on ? toggled(draft.couldLiveWith, optionId, false) : draft.couldLiveWith,
});

export const setCouldLiveWith = (
  draft: BallotDraft,
  optionId: string,
  on: boolean,
): BallotDraft => ({
  ...draft,
  couldLiveWith: toggled(draft.couldLiveWith, optionId, on),
  vetoes: on ? toggled(draft.vetoes, optionId, false) : draft.vetoes,
});

/** How many more dealbreakers I may mark this month (never below none). */
export const vetoesLeft = (settings: DecisionSettings): number =>
  Math.max(0, settings.vetoesPerMonth - settings.myVetoesThisMonth);

export type BallotOutcome =
  | { ok: true; body: BallotBody }
  | { ok: false; problem: 'unscored'; optionId: string }
  | { ok: false; problem: 'vetoLimit'; left: number };

/**
 * The ballot to send, or the first thing that stops it: an option without a score, or more new
 * dealbreakers than I have left this month (those already on my saved ballot are counted).
 */
export function ballotBodyOf(
  draft: BallotDraft,
  decision: Pick<Decision, 'options' | 'myBallot'>,
  left: number,
): BallotOutcome {
  const ids = decision.options.map((option) => option.id);
  const unscored = ids.find((id) => draft.scores[id] === undefined);
  if (unscored !== undefined) return { ok: false, problem: 'unscored', optionId: unscored };
  const saved = decision.myBallot?.vetoes ?? [];
  const added = draft.vetoes.filter((id) => !saved.includes(id));
  if (added.length > left) return { ok: false, problem: 'vetoLimit', left };
  const keep = new Set(ids);
  return {
    ok: true,
    body: {
      scores: Object.fromEntries(ids.map((id) => [id, draft.scores[id] ?? 0])),
      vetoes: only(draft.vetoes, keep),
      couldLiveWith: only(draft.couldLiveWith, keep),
    },
  };
}
