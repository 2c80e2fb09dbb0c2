import type { Executor } from '../../db/executor';
import { preparedQuery } from '../../db/prepared-query';
import type { SessionsTable, UsersTable } from '../../db/schema';

export type UserRow = UsersTable;

export function insertUser(db: Executor, user: UserRow) {
  return db.insertInto('users').values(user).execute();
}

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Executor, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function updateUser(
  db: Executor,
  id: string,
  changes: Partial<Pick<UserRow, 'display_name' | 'time_zone' | 'password_hash' | 'updated_at'>>,
) {
  return db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export function insertSession(db: Executor, session: SessionsTable) {
  return db.insertInto('sessions').values(session).execute();
}

/** The session and its user in one query: this runs on every signed-in request. */
const liveSessionByTokenHash = preparedQuery((db, tokenHash: string, now: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as sessionId',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.expires_at as expiresAt',
      'users.id as userId',
      'users.email',
      'users.display_name as displayName',
      'users.time_zone as timeZone',
      'users.created_at as createdAt',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now),
);

export async function findLiveSessionByTokenHash(db: Executor, tokenHash: string, now: string) {
  const [session] = await liveSessionByTokenHash(db, tokenHash, now);
  return session;
}

export function touchSession(db: Executor, sessionId: string, now: string) {
  return db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('id', '=', sessionId)
    .execute();
}

export function listSessionsOfUser(db: Executor, userId: string, now: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

// Deleting returns the ended sessions' ids, so their live connections can be closed too.
const endedIds = async (rows: Promise<{ id: string }[]>) => (await rows).map((row) => row.id);

export function deleteSession(db: Executor, userId: string, sessionId: string) {
  return endedIds(
    db
      .deleteFrom('sessions')
      .where('id', '=', sessionId)
      .where('user_id', '=', userId)
      .returning('id')
      .execute(),
  );
}

export function deleteSessionByTokenHash(db: Executor, tokenHash: string) {
  return endedIds(
    db.deleteFrom('sessions').where('token_hash', '=', tokenHash).returning('id').execute(),
  );
}

export function deleteOtherSessions(db: Executor, userId: string, keepSessionId: string) {
  return endedIds(
    db
      .deleteFrom('sessions')
      .where('user_id', '=', userId)
      .where('id', '!=', keepSessionId)
      .returning('id')
      .execute(),
  );
}

export function deleteExpiredSessions(db: Executor, now: string) {
  return db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
