import type { Executor } from '../../db/executor';
import { preparedQuery } from '../../db/prepared-query';
import type { CheckinsTable } from '../../db/schema';

export type CheckinRow = CheckinsTable;

export function insertCheckin(db: Executor, row: CheckinRow) {
  return db.insertInto('checkins').values(row).execute();
}

export function findCheckin(db: Executor, spaceId: string, checkinId: string) {
  return db
    .selectFrom('checkins')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', checkinId)
    .executeTakeFirst();
}

export function findCheckinOfAuthor(db: Executor, spaceId: string, authorId: string, date: string) {
  return db
    .selectFrom('checkins')
    .select('id')
    .where('space_id', '=', spaceId)
    .where('author_id', '=', authorId)
    .where('date', '=', date)
    .executeTakeFirst();
}

/**
 * The check-ins of a range of days that `viewerId` may know exist: every shared one, and
 * their own private ones. Other people's private check-ins never leave the database.
 */
export const listVisibleCheckins = preparedQuery(
  (db, spaceId: string, viewerId: string, from: string, to: string) =>
    db
      .selectFrom('checkins')
      .selectAll()
      .where('space_id', '=', spaceId)
      .where('date', '>=', from)
      .where('date', '<=', to)
      .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_id', '=', viewerId)]))
      .orderBy('date', 'desc')
      .orderBy('created_at')
      .orderBy('id'),
);

export function updateCheckin(
  db: Executor,
  spaceId: string,
  checkinId: string,
  changes: Partial<
    Pick<
      CheckinRow,
      'mood' | 'energy' | 'need' | 'appreciation' | 'visibility' | 'revealed_at' | 'updated_at'
    >
  >,
) {
  return db
    .updateTable('checkins')
    .set(changes)
    .where('space_id', '=', spaceId)
    .where('id', '=', checkinId)
    .execute();
}

export function deleteCheckin(db: Executor, spaceId: string, checkinId: string) {
  return db
    .deleteFrom('checkins')
    .where('space_id', '=', spaceId)
    .where('id', '=', checkinId)
    .execute();
}

/** Records that everyone has shared for the day: its shared check-ins stay revealed from now on. */
export function markDayUnsealed(db: Executor, spaceId: string, date: string, now: string) {
  return db
    .updateTable('checkins')
    .set({ unsealed_at: now })
    .where('space_id', '=', spaceId)
    .where('date', '=', date)
    .where('visibility', '=', 'shared')
    .where('unsealed_at', 'is', null)
    .execute();
}
