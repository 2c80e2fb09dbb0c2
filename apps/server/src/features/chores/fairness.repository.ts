import type { Executor } from '../../db/executor';

export async function findSettings(db: Executor, spaceId: string) {
  return db
    .selectFrom('chore_settings')
    .select(['review_every_months', 'last_reviewed_on'])
    .where('space_id', '=', spaceId)
    .executeTakeFirst();
}

/** Monthly unless the household chose otherwise. */
export const DEFAULT_REVIEW_EVERY_MONTHS = 1;

export function saveReviewEvery(db: Executor, spaceId: string, everyMonths: number, now: string) {
  return db
    .insertInto('chore_settings')
    .values({
      space_id: spaceId,
      review_every_months: everyMonths,
      last_reviewed_on: null,
      updated_at: now,
    })
    .onConflict((c) =>
      c.column('space_id').doUpdateSet({ review_every_months: everyMonths, updated_at: now }),
    )
    .execute();
}

export function stampReviewed(db: Executor, spaceId: string, today: string, now: string) {
  return db
    .insertInto('chore_settings')
    .values({
      space_id: spaceId,
      review_every_months: DEFAULT_REVIEW_EVERY_MONTHS,
      last_reviewed_on: today,
      updated_at: now,
    })
    .onConflict((c) =>
      c.column('space_id').doUpdateSet({ last_reviewed_on: today, updated_at: now }),
    )
    .execute();
}
