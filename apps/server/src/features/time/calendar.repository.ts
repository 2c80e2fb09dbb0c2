import type { Executor } from '../../db/executor';
import type { CalendarEventsTable } from '../../db/schema';

export type EventRow = CalendarEventsTable;

export function listEvents(db: Executor, spaceId: string) {
  return db
    .selectFrom('calendar_events')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('start_local')
    .orderBy('id')
    .execute();
}

export function findEvent(db: Executor, spaceId: string, id: string) {
  return db
    .selectFrom('calendar_events')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The events `userId` takes part in: what their calendar feed carries. */
export function listEventsOf(db: Executor, spaceId: string, userId: string) {
  return db
    .selectFrom('calendar_events')
    .innerJoin('calendar_event_participants as p', 'p.event_id', 'calendar_events.id')
    .selectAll('calendar_events')
    .where('calendar_events.space_id', '=', spaceId)
    .where('p.user_id', '=', userId)
    .orderBy('calendar_events.start_local')
    .execute();
}

export function participantsOf(db: Executor, eventIds: string[]) {
  if (eventIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('calendar_event_participants')
    .select(['event_id', 'user_id'])
    .where('event_id', 'in', eventIds)
    .execute();
}

export async function insertEvent(db: Executor, row: EventRow, participantIds: string[]) {
  await db.insertInto('calendar_events').values(row).execute();
  await setParticipants(db, row, participantIds);
}

export async function updateEvent(
  db: Executor,
  row: EventRow,
  participantIds: string[] | undefined,
) {
  await db.updateTable('calendar_events').set(row).where('id', '=', row.id).execute();
  if (participantIds) await setParticipants(db, row, participantIds);
}

async function setParticipants(db: Executor, row: EventRow, participantIds: string[]) {
  await db.deleteFrom('calendar_event_participants').where('event_id', '=', row.id).execute();
  await db
    .insertInto('calendar_event_participants')
    .values(
      participantIds.map((user_id) => ({ event_id: row.id, space_id: row.space_id, user_id })),
    )
    .execute();
}

export async function deleteEvent(db: Executor, id: string) {
  await db.deleteFrom('calendar_events').where('id', '=', id).execute();
}

/** An earlier import of the same calendar entry by the same member, to update in place. */
export function findImported(db: Executor, spaceId: string, userId: string, uids: string[]) {
  if (uids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('calendar_events')
    .select(['id', 'import_uid', 'created_at'])
    .where('space_id', '=', spaceId)
    .where('created_by', '=', userId)
    .where('import_uid', 'in', uids)
    .execute();
}

export function listWishes(db: Executor, spaceId: string) {
  return db.selectFrom('balance_wishes').selectAll().where('space_id', '=', spaceId).execute();
}

export function saveWishes(
  db: Executor,
  row: { space_id: string; user_id: string; minutes: string; updated_at: string },
) {
  return db
    .insertInto('balance_wishes')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['space_id', 'user_id'])
        .doUpdateSet({ minutes: row.minutes, updated_at: row.updated_at }),
    )
    .execute();
}

export function findFeed(db: Executor, spaceId: string, userId: string) {
  return db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export function findFeedByHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** One feed per member and space: a new one replaces (and so revokes) the last. */
export function saveFeed(
  db: Executor,
  row: { space_id: string; user_id: string; token_hash: string; created_at: string },
) {
  return db
    .insertInto('calendar_feeds')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['space_id', 'user_id'])
        .doUpdateSet({ token_hash: row.token_hash, created_at: row.created_at }),
    )
    .execute();
}

export async function deleteFeed(db: Executor, spaceId: string, userId: string) {
  await db
    .deleteFrom('calendar_feeds')
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .execute();
}
