import type { Executor } from '../../db/executor';
import type {
  HomeAvailabilityTable,
  ResponsibilitiesTable,
  ResponsibilityRatingsTable,
} from '../../db/schema';

export type ResponsibilityRow = ResponsibilitiesTable;

export function insertResponsibilities(db: Executor, rows: ResponsibilityRow[]) {
  return db.insertInto('responsibilities').values(rows).execute();
}

/** The space's responsibilities with the viewer's own rating — never anyone else's. */
const withMyRating = (db: Executor, spaceId: string, viewerId: string) =>
  db
    .selectFrom('responsibilities')
    .leftJoin('responsibility_ratings as mine', (join) =>
      join
        .onRef('mine.responsibility_id', '=', 'responsibilities.id')
        .on('mine.user_id', '=', viewerId),
    )
    .selectAll('responsibilities')
    .select('mine.rating as my_rating')
    .where('responsibilities.space_id', '=', spaceId);

export type ResponsibilityWithRating = Awaited<ReturnType<typeof listResponsibilities>>[number];

export function listResponsibilities(db: Executor, spaceId: string, viewerId: string) {
  return withMyRating(db, spaceId, viewerId)
    .orderBy('responsibilities.area')
    .orderBy('responsibilities.name')
    .orderBy('responsibilities.id')
    .execute();
}

export function findResponsibility(db: Executor, spaceId: string, id: string, viewerId: string) {
  return withMyRating(db, spaceId, viewerId)
    .where('responsibilities.id', '=', id)
    .executeTakeFirst();
}

export async function updateResponsibility(
  db: Executor,
  spaceId: string,
  id: string,
  changes: Partial<Omit<ResponsibilityRow, 'id' | 'space_id' | 'created_by' | 'created_at'>>,
) {
  const result = await db
    .updateTable('responsibilities')
    .set(changes)
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteResponsibility(db: Executor, spaceId: string, id: string) {
  const result = await db
    .deleteFrom('responsibilities')
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function starterKeysOf(db: Executor, spaceId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('responsibilities')
    .select('starter_key')
    .where('space_id', '=', spaceId)
    .where('starter_key', 'is not', null)
    .execute();
  return new Set(rows.flatMap((row) => (row.starter_key ? [row.starter_key] : [])));
}

export function upsertRating(db: Executor, row: ResponsibilityRatingsTable) {
  return db
    .insertInto('responsibility_ratings')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(['responsibility_id', 'user_id'])
        .doUpdateSet({ rating: row.rating, updated_at: row.updated_at }),
    )
    .execute();
}

export function upsertAvailability(db: Executor, row: HomeAvailabilityTable) {
  return db
    .insertInto('home_availability')
    .values(row)
    .onConflict((conflict) =>
      conflict
        .columns(['space_id', 'user_id'])
        .doUpdateSet({ minutes_per_week: row.minutes_per_week, updated_at: row.updated_at }),
    )
    .execute();
}

export function listAvailability(db: Executor, spaceId: string) {
  return db
    .selectFrom('home_availability')
    .select(['user_id', 'minutes_per_week'])
    .where('space_id', '=', spaceId)
    .execute();
}

/**
 * Every member's ratings of the space's responsibilities. Internal to the proposal: what it
 * returns goes into the allocator, never into a response.
 */
export function listRatingsForAllocation(db: Executor, spaceId: string) {
  return db
    .selectFrom('responsibility_ratings')
    .select(['responsibility_id', 'user_id', 'rating'])
    .where('space_id', '=', spaceId)
    .execute();
}

/**
 * One update per owner, not per responsibility: a household has at most eight members. Each
 * owner takes the whole cycle again, so stages split off before go back to them.
 */
export async function setOwners(
  db: Executor,
  spaceId: string,
  assignment: Record<string, string>,
  now: string,
) {
  const byOwner = new Map<string, string[]>();
  for (const [id, ownerId] of Object.entries(assignment)) {
    byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), id]);
  }
  for (const [ownerId, ids] of byOwner) {
    await db
      .updateTable('responsibilities')
      .set({ owner_id: ownerId, notice_owner_id: null, plan_owner_id: null, updated_at: now })
      .where('space_id', '=', spaceId)
      .where('id', 'in', ids)
      .execute();
  }
}
