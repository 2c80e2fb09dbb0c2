import type { Executor } from '../../db/executor';
import type { AppreciationsTable, CarePreferencesTable } from '../../db/schema';

export type AppreciationRow = AppreciationsTable;

export function insertAppreciation(db: Executor, row: AppreciationRow) {
  return db.insertInto('appreciations').values(row).execute();
}

/** What I was given (once it has arrived) and what I gave (arrived or not). */
export function listForMember(db: Executor, spaceId: string, userId: string, now: string) {
  return db
    .selectFrom('appreciations')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) =>
      eb.or([
        eb('from_id', '=', userId),
        eb.and([eb('to_id', '=', userId), eb('deliver_at', '<=', now)]),
      ]),
    )
    .orderBy('deliver_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

/** Notes whose time has come and that were not announced yet, in any space. */
export function listDue(db: Executor, now: string, limit: number) {
  return db
    .selectFrom('appreciations')
    .selectAll()
    .where('delivered_at', 'is', null)
    .where('deliver_at', '<=', now)
    .orderBy('deliver_at')
    .limit(limit)
    .execute();
}

/** Claims a note for announcing: true for exactly one caller, whichever process it runs in. */
export async function claimDelivery(db: Executor, id: string, now: string) {
  const result = await db
    .updateTable('appreciations')
    .set({ delivered_at: now })
    .where('id', '=', id)
    .where('delivered_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function listCare(db: Executor, spaceId: string) {
  return db.selectFrom('care_preferences').selectAll().where('space_id', '=', spaceId).execute();
}

export function saveCare(db: Executor, row: CarePreferencesTable) {
  return db
    .insertInto('care_preferences')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['space_id', 'user_id'])
        .doUpdateSet({ tags: row.tags, text: row.text, updated_at: row.updated_at }),
    )
    .execute();
}
