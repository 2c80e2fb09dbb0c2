import type { Executor } from '../../db/executor';
import type { NotificationSettingsTable, NotificationsTable } from '../../db/schema';

export function insertNotifications(db: Executor, rows: NotificationsTable[]) {
  if (rows.length === 0) return Promise.resolve();
  return db
    .insertInto('notifications')
    .values(rows)
    .execute()
    .then(() => undefined);
}

export function listNotifications(db: Executor, spaceId: string, userId: string, limit: number) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function countUnread(db: Executor, spaceId: string, userId: string) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('unread'))
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.unread ?? 0);
}

export function markRead(
  db: Executor,
  spaceId: string,
  userId: string,
  ids: string[] | 'all',
  now: string,
) {
  let query = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null);
  if (ids !== 'all') query = query.where('id', 'in', ids);
  return query.execute();
}

/** Settings of the members about to be told something, with their time zones for quiet hours. */
export function settingsOf(db: Executor, spaceId: string, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('users')
    .leftJoin('notification_settings as s', (join) =>
      join.onRef('s.user_id', '=', 'users.id').on('s.space_id', '=', spaceId),
    )
    .select([
      'users.id as userId',
      'users.time_zone as timeZone',
      's.muted',
      's.quiet_from',
      's.quiet_to',
    ])
    .where('users.id', 'in', userIds)
    .execute();
}

export function saveSettings(db: Executor, row: NotificationSettingsTable) {
  return db
    .insertInto('notification_settings')
    .values(row)
    .onConflict((c) =>
      c.columns(['space_id', 'user_id']).doUpdateSet({
        muted: row.muted,
        quiet_from: row.quiet_from,
        quiet_to: row.quiet_to,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** Marks read what told `userId` about `refId`: once they act on it, it is no longer news. */
export function markReadAbout(
  db: Executor,
  spaceId: string,
  userId: string,
  refId: string,
  now: string,
) {
  return db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .where('ref_id', '=', refId)
    .where('read_at', 'is', null)
    .execute();
}
