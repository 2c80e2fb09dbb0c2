import type { Executor } from '../../db/executor';
import type {
  ActionItemsTable,
  AgendaTopicsTable,
  MeetingSettingsTable,
  MeetingsTable,
} from '../../db/schema';

export type MeetingRow = MeetingsTable;
export type ActionRow = ActionItemsTable;

export function findSettings(db: Executor, spaceId: string) {
  return db
    .selectFrom('meeting_settings')
    .selectAll()
    .where('space_id', '=', spaceId)
    .executeTakeFirst();
}

export function saveSettings(db: Executor, row: MeetingSettingsTable) {
  return db
    .insertInto('meeting_settings')
    .values(row)
    .onConflict((c) =>
      c.column('space_id').doUpdateSet({
        weekday: row.weekday,
        time: row.time,
        time_zone: row.time_zone,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export function listAllSettings(db: Executor) {
  return db.selectFrom('meeting_settings').selectAll().execute();
}

/** Claims the reminder for one meeting time: true for exactly one caller. */
export async function claimReminder(db: Executor, spaceId: string, at: string, now: string) {
  const result = await db
    .updateTable('meeting_settings')
    .set({ reminded_for: at, updated_at: now })
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '<', at)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function openTopics(db: Executor, spaceId: string) {
  return db
    .selectFrom('agenda_topics')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('meeting_id', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function topicsOf(db: Executor, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('agenda_topics').selectAll().where('meeting_id', 'in', meetingIds).execute();
}

export function insertTopic(db: Executor, row: AgendaTopicsTable) {
  return db.insertInto('agenda_topics').values(row).execute();
}

export async function deleteOpenTopic(db: Executor, spaceId: string, id: string) {
  const result = await db
    .deleteFrom('agenda_topics')
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .where('meeting_id', 'is', null)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function takeUpTopics(db: Executor, spaceId: string, meetingId: string) {
  return db
    .updateTable('agenda_topics')
    .set({ meeting_id: meetingId })
    .where('space_id', '=', spaceId)
    .where('meeting_id', 'is', null)
    .execute();
}

export function listMeetings(db: Executor, spaceId: string, limit: number) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function findMeeting(db: Executor, spaceId: string, id: string) {
  return db
    .selectFrom('meetings')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertMeeting(db: Executor, row: MeetingRow) {
  return db.insertInto('meetings').values(row).execute();
}

export function updateMeeting(
  db: Executor,
  spaceId: string,
  id: string,
  changes: Partial<Pick<MeetingRow, 'step' | 'notes' | 'ended_at'>>,
) {
  return db
    .updateTable('meetings')
    .set(changes)
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .execute();
}

export function listActions(db: Executor, spaceId: string) {
  return db
    .selectFrom('action_items')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findAction(db: Executor, spaceId: string, id: string) {
  return db
    .selectFrom('action_items')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertAction(db: Executor, row: ActionRow) {
  return db.insertInto('action_items').values(row).execute();
}

export async function setActionDone(
  db: Executor,
  spaceId: string,
  id: string,
  doneAt: string | null,
) {
  const result = await db
    .updateTable('action_items')
    .set({ done_at: doneAt })
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
