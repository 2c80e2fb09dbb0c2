import type { Executor } from '../../db/executor';
import { preparedQuery } from '../../db/prepared-query';
import type { SpaceMembersTable, SpacesTable } from '../../db/schema';

export interface Membership {
  spaceId: string;
  userId: string;
  role: SpaceMembersTable['role'];
  /** Everyone currently in the space (the caller included), oldest member first. */
  memberIds: string[];
}

export function insertSpace(db: Executor, space: SpacesTable) {
  return db.insertInto('spaces').values(space).execute();
}

export function insertMember(db: Executor, member: SpaceMembersTable) {
  return db.insertInto('space_members').values(member).execute();
}

/**
 * The caller's membership and the space's member list in one query: nearly every space request
 * needs both, and a space has at most eight members.
 */
export async function findMembershipWithMembers(
  db: Executor,
  spaceId: string,
  userId: string,
): Promise<Membership | undefined> {
  const rows = await membersOfSpace(db, spaceId);
  const mine = rows.find((row) => row.user_id === userId);
  if (!mine) return undefined;
  return { spaceId, userId, role: mine.role, memberIds: rows.map((row) => row.user_id) };
}

const membersOfSpace = preparedQuery((db, spaceId: string) =>
  db
    .selectFrom('space_members')
    .select(['user_id', 'role'])
    .where('space_id', '=', spaceId)
    .orderBy('joined_at')
    .orderBy('user_id'),
);

export function findMembership(db: Executor, spaceId: string, userId: string) {
  return db
    .selectFrom('space_members')
    .select(['space_id as spaceId', 'user_id as userId', 'role'])
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

const spaceWithMemberCount = (db: Executor) =>
  db
    .selectFrom('spaces')
    .innerJoin('space_members as mine', 'mine.space_id', 'spaces.id')
    .select((eb) => [
      'spaces.id',
      'spaces.name',
      'spaces.kind',
      'spaces.created_at',
      'mine.role',
      eb
        .selectFrom('space_members as all_members')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('all_members.space_id', '=', 'spaces.id')
        .as('member_count'),
    ]);

export type SpaceRow = Awaited<ReturnType<typeof findSpaceForMember>> & {};

export function findSpaceForMember(db: Executor, spaceId: string, userId: string) {
  return spaceWithMemberCount(db)
    .where('spaces.id', '=', spaceId)
    .where('mine.user_id', '=', userId)
    .executeTakeFirst();
}

export function listSpacesOfUser(db: Executor, userId: string) {
  return spaceWithMemberCount(db)
    .where('mine.user_id', '=', userId)
    .orderBy('spaces.created_at')
    .orderBy('spaces.id')
    .execute();
}

export function renameSpace(db: Executor, spaceId: string, name: string, now: string) {
  return db
    .updateTable('spaces')
    .set({ name, updated_at: now })
    .where('id', '=', spaceId)
    .execute();
}

/**
 * Touching the space row first serialises concurrent joins on PostgreSQL (a row lock held to
 * commit) and is harmless on SQLite, whose writers are serialised anyway.
 */
export async function lockSpace(db: Executor, spaceId: string, now: string) {
  const result = await db
    .updateTable('spaces')
    .set({ updated_at: now })
    .where('id', '=', spaceId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function findSpace(db: Executor, spaceId: string) {
  return db.selectFrom('spaces').selectAll().where('id', '=', spaceId).executeTakeFirst();
}

export async function countMembers(db: Executor, spaceId: string): Promise<number> {
  const row = await db
    .selectFrom('space_members')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('space_id', '=', spaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listMembers(db: Executor, spaceId: string) {
  return db
    .selectFrom('space_members')
    .innerJoin('users', 'users.id', 'space_members.user_id')
    .select([
      'users.id as userId',
      'users.display_name as displayName',
      'users.time_zone as timeZone',
      'space_members.role',
      'space_members.joined_at as joinedAt',
    ])
    .where('space_members.space_id', '=', spaceId)
    .orderBy('space_members.joined_at')
    .orderBy('space_members.user_id')
    .execute();
}

export function deleteMember(db: Executor, spaceId: string, userId: string) {
  return db
    .deleteFrom('space_members')
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .execute();
}

export function deleteSpace(db: Executor, spaceId: string) {
  return db.deleteFrom('spaces').where('id', '=', spaceId).execute();
}

/** Hands ownership to the longest-standing remaining member when the owner leaves (ties: by id). */
export async function promoteOldestMember(db: Executor, spaceId: string) {
  const oldest = await db
    .selectFrom('space_members')
    .select('user_id')
    .where('space_id', '=', spaceId)
    .orderBy('joined_at')
    .orderBy('user_id')
    .executeTakeFirst();
  if (!oldest) return;
  await db
    .updateTable('space_members')
    .set({ role: 'owner' })
    .where('space_id', '=', spaceId)
    .where('user_id', '=', oldest.user_id)
    .execute();
}
