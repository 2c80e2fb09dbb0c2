import type { Executor } from '../../db/executor';
import type { InvitesTable } from '../../db/schema';

export function insertInvite(db: Executor, invite: InvitesTable) {
  return db.insertInto('invites').values(invite).execute();
}

/**
 * Looked up by id alone: the invite is how a stranger finds the space, so it is the one
 * space-content lookup that cannot filter by a space the caller already belongs to.
 */
export function findInviteWithSpace(db: Executor, inviteId: string) {
  return db
    .selectFrom('invites')
    .innerJoin('spaces', 'spaces.id', 'invites.space_id')
    .innerJoin('users as inviter', 'inviter.id', 'invites.created_by')
    .select([
      'invites.id',
      'invites.space_id',
      'invites.secret_hash',
      'invites.expires_at',
      'invites.accepted_at',
      'invites.revoked_at',
      'spaces.name as space_name',
      'spaces.kind as space_kind',
      'inviter.display_name as invited_by',
    ])
    .where('invites.id', '=', inviteId)
    .executeTakeFirst();
}

export function listPendingInvites(db: Executor, spaceId: string, now: string) {
  return db
    .selectFrom('invites')
    .select(['id', 'created_at', 'expires_at', 'created_by'])
    .where('space_id', '=', spaceId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function revokeInvite(db: Executor, spaceId: string, inviteId: string, now: string) {
  const result = await db
    .updateTable('invites')
    .set({ revoked_at: now })
    .where('space_id', '=', spaceId)
    .where('id', '=', inviteId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Claims the invite; false if someone else used it first, or it was revoked or expired. */
export async function claimInvite(
  db: Executor,
  spaceId: string,
  inviteId: string,
  userId: string,
  now: string,
) {
  const result = await db
    .updateTable('invites')
    .set({ accepted_at: now, accepted_by: userId })
    .where('space_id', '=', spaceId)
    .where('id', '=', inviteId)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
