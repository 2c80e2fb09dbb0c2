import { concessionsOf, rankOptions, type Decision } from '@tandem/shared';
import type { Membership } from '../spaces/spaces.repository';
import type { DecisionRow, OptionRow, ReviewRow, ScoreRow } from './decisions.repository';

/** Nothing is decided between fewer than two options, so scoring waits for a second. */
export const MIN_OPTIONS = 2;

/** A decision with everything recorded about it. Internal: `presentDecision` filters it. */
export interface DecisionRecord {
  row: DecisionRow;
  options: OptionRow[];
  scores: ScoreRow[];
  reviews: ReviewRow[];
}

interface Ballot {
  userId: string;
  scores: Record<string, number>;
  vetoes: string[];
  couldLiveWith: string[];
  /** Scores every option there is now (and there are at least two to choose between). */
  complete: boolean;
}

export function ballotsOf(record: Pick<DecisionRecord, 'options' | 'scores'>): Ballot[] {
  const byUser = new Map<string, ScoreRow[]>();
  for (const score of record.scores) {
    byUser.set(score.user_id, [...(byUser.get(score.user_id) ?? []), score]);
  }
  return [...byUser].map(([userId, rows]) => ({
    userId,
    scores: Object.fromEntries(rows.map((r) => [r.option_id, r.score])),
    vetoes: rows.filter((r) => r.veto === 1).map((r) => r.option_id),
    couldLiveWith: rows.filter((r) => r.could_live_with === 1).map((r) => r.option_id),
    complete:
      record.options.length >= MIN_OPTIONS &&
      record.options.every((o) => rows.some((r) => r.option_id === o.id)),
  }));
}

/** Current members with an option still to score. */
export function waitingFor(memberIds: readonly string[], ballots: readonly Ballot[]): string[] {
  return memberIds.filter((id) => !ballots.some((b) => b.userId === id && b.complete));
}

/**
 * Scoring is over once every current member has scored every option — recorded at that moment,
 * or true now because the one still to score has left the space.
 */
export function isRevealed(record: DecisionRecord, memberIds: readonly string[]): boolean {
  return record.row.revealed_at !== null || waitingFor(memberIds, ballotsOf(record)).length === 0;
}

/** The members whose complete ballots the recommendation and concessions are taken from. */
function voters(record: DecisionRecord) {
  return ballotsOf(record).filter((b) => b.complete);
}

export function concessionsIn(record: DecisionRecord): Record<string, number> {
  const chosen = record.row.chosen_option_id;
  if (!record.row.decided_at || !chosen) return {};
  const ballots = voters(record);
  return concessionsOf(
    ballots.map((b) => b.userId),
    record.options.map((o) => o.id),
    Object.fromEntries(ballots.map((b) => [b.userId, b.scores])),
    chosen,
  );
}

/** What `membership`'s member may see of a decision: others' scores only after the reveal. */
export function presentDecision(
  membership: Membership,
  record: DecisionRecord,
  earlierConcessions: Record<string, number>,
): Decision {
  const { row } = record;
  const ballots = ballotsOf(record);
  const revealed = isRevealed(record, membership.memberIds);
  const decided = row.decided_at !== null;
  const mine = ballots.find((b) => b.userId === membership.userId);
  const shown = (b: Ballot) => ({
    userId: b.userId,
    scores: b.scores,
    vetoes: b.vetoes,
    couldLiveWith: b.couldLiveWith,
  });
  const complete = ballots.filter((b) => b.complete);
  const recommendation = revealed
    ? rankOptions({
        people: complete.map((b) => b.userId),
        options: record.options.map((o) => ({ id: o.id, statusQuo: o.status_quo === 1 })),
        scores: Object.fromEntries(complete.map((b) => [b.userId, b.scores])),
        vetoes: Object.fromEntries(complete.map((b) => [b.userId, b.vetoes])),
        concessions: earlierConcessions,
      })
    : null;
  const conceded = concessionsIn(record);
  return {
    id: row.id,
    question: row.question,
    details: row.details,
    openedBy: row.opened_by,
    createdAt: row.created_at,
    deadlineOn: row.deadline_on,
    phase: decided ? 'decided' : revealed ? 'revealed' : 'scoring',
    options: record.options.map((o) => ({
      id: o.id,
      label: o.label,
      details: o.details,
      statusQuo: o.status_quo === 1,
      addedBy: o.added_by,
    })),
    waitingFor: revealed ? [] : waitingFor(membership.memberIds, ballots),
    myBallot: mine ? shown(mine) : null,
    ballots: revealed ? complete.map(shown) : [],
    recommendation,
    choice: decided
      ? {
          optionId: row.chosen_option_id,
          why: row.why ?? '',
          decidedBy: row.decided_by ?? row.opened_by,
          decidedAt: row.decided_at!,
          reviewOn: row.review_on,
          concessions: Object.entries(conceded).map(([userId, value]) => ({
            userId,
            conceded: value,
          })),
          reviews: record.reviews.map((r) => ({
            userId: r.user_id,
            verdict: r.verdict as 'still_right' | 'revisit',
            note: r.note,
            answeredAt: r.answered_at,
          })),
          link:
            row.link_kind && row.link_ref
              ? { kind: row.link_kind as 'responsibility' | 'expense_rule', ref: row.link_ref }
              : null,
        }
      : null,
    capabilities: {
      canScore: !revealed,
      canAddOption: !revealed,
      canDecide: revealed && !decided,
      canReview: decided,
      canDelete: !revealed && row.opened_by === membership.userId,
    },
  };
}
