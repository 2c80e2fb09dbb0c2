import type { Executor } from '../../db/executor';
import type {
  DecisionOptionsTable,
  DecisionReviewsTable,
  DecisionScoresTable,
  DecisionsTable,
} from '../../db/schema';

export type DecisionRow = DecisionsTable;
export type OptionRow = DecisionOptionsTable;
export type ScoreRow = DecisionScoresTable;
export type ReviewRow = DecisionReviewsTable;

export function insertDecision(db: Executor, row: DecisionRow) {
  return db.insertInto('decisions').values(row).execute();
}

export function insertOptions(db: Executor, rows: OptionRow[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('decision_options').values(rows).execute();
}

export function findDecision(db: Executor, spaceId: string, id: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function listDecisions(db: Executor, spaceId: string, limit: number) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Decided ones, oldest first: the log, and the concessions that break ties. */
export function listDecided(db: Executor, spaceId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('decided_at', 'is not', null)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
}

export function listOptions(db: Executor, decisionIds: string[]) {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('decision_options')
    .selectAll()
    .where('decision_id', 'in', decisionIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Every score of these decisions. Internal: what reaches a viewer is decided by the service. */
export function listScores(db: Executor, decisionIds: string[]) {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('decision_scores')
    .selectAll()
    .where('decision_id', 'in', decisionIds)
    .execute();
}

export function listReviews(db: Executor, decisionIds: string[]) {
  if (decisionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('decision_reviews')
    .selectAll()
    .where('decision_id', 'in', decisionIds)
    .orderBy('answered_at')
    .execute();
}

export async function deleteDecision(db: Executor, spaceId: string, id: string) {
  await db.deleteFrom('decisions').where('space_id', '=', spaceId).where('id', '=', id).execute();
}

export async function replaceBallot(
  db: Executor,
  decisionId: string,
  userId: string,
  rows: ScoreRow[],
) {
  await db
    .deleteFrom('decision_scores')
    .where('decision_id', '=', decisionId)
    .where('user_id', '=', userId)
    .execute();
  if (rows.length > 0) await db.insertInto('decision_scores').values(rows).execute();
}

/** Dealbreakers `userId` first used at or after `since`, in other decisions than `except`. */
export async function countVetoesSince(
  db: Executor,
  spaceId: string,
  userId: string,
  since: string,
  except: string | null,
) {
  let query = db
    .selectFrom('decision_scores')
    .select((eb) => eb.fn.countAll<number>().as('vetoes'))
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .where('veto', '=', 1)
    .where('vetoed_at', '>=', since);
  if (except) query = query.where('decision_id', '!=', except);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.vetoes);
}

export async function markRevealed(db: Executor, id: string, now: string) {
  await db
    .updateTable('decisions')
    .set({ revealed_at: now, updated_at: now })
    .where('id', '=', id)
    .where('revealed_at', 'is', null)
    .execute();
}

export async function touch(db: Executor, id: string, now: string) {
  await db.updateTable('decisions').set({ updated_at: now }).where('id', '=', id).execute();
}

/** Records the choice unless one is already recorded; false when it was. */
export async function recordChoice(
  db: Executor,
  id: string,
  choice: Pick<
    DecisionRow,
    'chosen_option_id' | 'why' | 'decided_by' | 'decided_at' | 'review_on' | 'review_at'
  >,
) {
  const result = await db
    .updateTable('decisions')
    .set({ ...choice, updated_at: choice.decided_at! })
    .where('id', '=', id)
    .where('decided_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Claims the decision's one link for `kind` (so two follow-throughs cannot both run). */
export async function claimLink(db: Executor, id: string, kind: string) {
  const result = await db
    .updateTable('decisions')
    .set({ link_kind: kind })
    .where('id', '=', id)
    .where('link_kind', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setLink(
  db: Executor,
  id: string,
  link: { kind: string | null; ref: string | null },
  now: string,
) {
  await db
    .updateTable('decisions')
    .set({ link_kind: link.kind, link_ref: link.ref, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export function saveReview(db: Executor, row: ReviewRow) {
  return db
    .insertInto('decision_reviews')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['decision_id', 'user_id'])
        .doUpdateSet({ verdict: row.verdict, note: row.note, answered_at: row.answered_at }),
    )
    .execute();
}

export function findSettings(db: Executor, spaceId: string) {
  return db
    .selectFrom('decision_settings')
    .selectAll()
    .where('space_id', '=', spaceId)
    .executeTakeFirst();
}

export function saveSettings(db: Executor, spaceId: string, vetoesPerMonth: number, now: string) {
  return db
    .insertInto('decision_settings')
    .values({ space_id: spaceId, vetoes_per_month: vetoesPerMonth, updated_at: now })
    .onConflict((c) =>
      c.column('space_id').doUpdateSet({ vetoes_per_month: vetoesPerMonth, updated_at: now }),
    )
    .execute();
}

/** Open decisions whose deadline day has begun, nobody reminded of yet. */
export function dueDeadlines(db: Executor, now: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'space_id'])
    .where('revealed_at', 'is', null)
    .where('deadline_reminded', '=', 0)
    .where('deadline_at', '<=', now)
    .execute();
}

/** Decisions whose review day has begun, nobody asked yet. */
export function dueReviews(db: Executor, now: string) {
  return db
    .selectFrom('decisions')
    .select(['id', 'space_id'])
    .where('review_reminded', '=', 0)
    .where('review_at', '<=', now)
    .execute();
}

/** Marks a reminder sent; false when another process already had. */
export async function claimReminder(
  db: Executor,
  id: string,
  column: 'deadline_reminded' | 'review_reminded',
) {
  const result = await db
    .updateTable('decisions')
    .set({ [column]: 1 })
    .where('id', '=', id)
    .where(column, '=', 0)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
