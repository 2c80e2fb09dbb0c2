import type { Executor } from '../../db/executor';
import type { LiveSessionsTable, SessionSummariesTable } from '../../db/schema';

export type SessionRow = LiveSessionsTable;

/** A session is its two people's: nobody else in the space can find it. */
export function findSession(db: Executor, spaceId: string, id: string, viewerId: string) {
  return db
    .selectFrom('live_sessions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('starter_id', '=', viewerId), eb('partner_id', '=', viewerId)]))
    .executeTakeFirst();
}

export function listSessions(db: Executor, spaceId: string, viewerId: string, limit: number) {
  return db
    .selectFrom('live_sessions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('starter_id', '=', viewerId), eb('partner_id', '=', viewerId)]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function insertSession(db: Executor, row: SessionRow) {
  return db.insertInto('live_sessions').values(row).execute();
}

/** Writes a move's result only onto the version it was computed from: false if it moved on. */
export async function saveState(
  db: Executor,
  row: Pick<
    SessionRow,
    'id' | 'space_id' | 'phase' | 'state' | 'version' | 'timeout_until' | 'updated_at'
  >,
  readVersion: number,
) {
  const result = await db
    .updateTable('live_sessions')
    .set({
      phase: row.phase,
      state: row.state,
      version: row.version,
      timeout_until: row.timeout_until,
      // A new break gets its own reminder.
      timeout_reminded: 0,
      updated_at: row.updated_at,
    })
    .where('space_id', '=', row.space_id)
    .where('id', '=', row.id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function listSummaries(db: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('session_summaries')
    .selectAll()
    .where('session_id', 'in', sessionIds)
    .orderBy('created_at')
    .execute();
}

export function saveSummary(db: Executor, row: SessionSummariesTable) {
  return db
    .insertInto('session_summaries')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['session_id', 'user_id'])
        .doUpdateSet({ text: row.text, created_at: row.created_at }),
    )
    .execute();
}

export function deleteSummary(db: Executor, sessionId: string, userId: string) {
  return db
    .deleteFrom('session_summaries')
    .where('session_id', '=', sessionId)
    .where('user_id', '=', userId)
    .execute();
}

/** Breaks that have ended and whose two people were not called back yet, in any space. */
export function listEndedBreaks(db: Executor, now: string) {
  return db
    .selectFrom('live_sessions')
    .selectAll()
    .where('phase', '=', 'timeout')
    .where('timeout_reminded', '=', 0)
    .where('timeout_until', '<=', now)
    .limit(200)
    .execute();
}

/** Claims the call back for one break: true for exactly one caller, in whichever process. */
export async function claimBreakReminder(db: Executor, id: string, version: number) {
  const result = await db
    .updateTable('live_sessions')
    .set({ timeout_reminded: 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('timeout_reminded', '=', 0)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Every summary kept in the space, with its conversation's topic: shared with all members. */
export function listSpaceSummaries(db: Executor, spaceId: string) {
  return db
    .selectFrom('session_summaries as s')
    .innerJoin('live_sessions as l', 'l.id', 's.session_id')
    .select(['s.session_id', 'l.topic', 's.user_id', 's.text', 's.created_at'])
    .where('s.space_id', '=', spaceId)
    .orderBy('s.created_at', 'desc')
    .limit(100)
    .execute();
}
