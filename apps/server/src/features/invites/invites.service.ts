import type { InviteCreated, InvitePreview, PendingInvite, Space } from '@tandem/shared';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { hasRoomFor } from '../spaces/spaces.policy';
import * as spacesRepo from '../spaces/spaces.repository';
import type { SpacesService } from '../spaces/spaces.service';
import { inviteSecretMatches, newInviteToken, splitInviteToken } from './invite-token';
import * as repo from './invites.repository';

const INVITE_TTL_MS = 7 * 86_400_000;

export class InvitesService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly spaces: SpacesService,
  ) {}

  async create(membership: spacesRepo.Membership, origin: string): Promise<InviteCreated> {
    const space = await this.spaces.get(membership.spaceId, membership.userId);
    if (!space.capabilities.canInvite) throw new AppError('space_full');
    const id = newId();
    const { token, secretHash } = newInviteToken(id);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + INVITE_TTL_MS).toISOString();
    await repo.insertInvite(this.db, {
      id,
      space_id: membership.spaceId,
      secret_hash: secretHash,
      created_by: membership.userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    });
    await this.publish(membership.spaceId, id, now.toISOString());
    return { id, token, url: `${origin}/invite/${token}`, expiresAt };
  }

  async listPending(membership: spacesRepo.Membership): Promise<PendingInvite[]> {
    const rows = await repo.listPendingInvites(this.db, membership.spaceId, nowIso());
    return rows.map((row) => ({
      id: row.id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      createdBy: row.created_by,
      canRevoke: true,
    }));
  }

  async revoke(membership: spacesRepo.Membership, inviteId: string): Promise<void> {
    const now = nowIso();
    if (!(await repo.revokeInvite(this.db, membership.spaceId, inviteId, now))) {
      throw new AppError('not_found');
    }
    await this.publish(membership.spaceId, inviteId, now);
  }

  async preview(token: string): Promise<InvitePreview> {
    const invite = await this.findUsable(token);
    return {
      spaceName: invite.space_name,
      spaceKind: invite.space_kind,
      invitedBy: invite.invited_by,
      expiresAt: invite.expires_at,
    };
  }

  async accept(token: string, userId: string): Promise<Space> {
    const invite = await this.findUsable(token);
    const spaceId = invite.space_id;
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      await spacesRepo.lockSpace(trx, spaceId, now);
      if (await spacesRepo.findMembership(trx, spaceId, userId))
        throw new AppError('already_member');
      const space = await spacesRepo.findSpace(trx, spaceId);
      const memberCount = await spacesRepo.countMembers(trx, spaceId);
      if (!space || !hasRoomFor(space.kind, memberCount)) throw new AppError('space_full');
      if (!(await repo.claimInvite(trx, spaceId, invite.id, userId, now))) {
        throw new AppError('invite_expired');
      }
      await spacesRepo.insertMember(trx, {
        space_id: spaceId,
        user_id: userId,
        role: 'member',
        joined_at: now,
      });
    });
    await this.bus.publish({ kind: 'event', spaceId, event: eventOf('member', userId, now) });
    await this.publish(spaceId, invite.id, now);
    return this.spaces.get(spaceId, userId);
  }

  /** Unknown or forged tokens are 404; real but spent ones are 410 with a clear message. */
  private async findUsable(token: string) {
    const { inviteId, secret } = splitInviteToken(token);
    const invite = await repo.findInviteWithSpace(this.db, inviteId);
    if (!invite || !inviteSecretMatches(secret, invite.secret_hash))
      throw new AppError('not_found');
    if (invite.accepted_at || invite.revoked_at || invite.expires_at <= nowIso()) {
      throw new AppError('invite_expired');
    }
    return invite;
  }

  private publish(spaceId: string, inviteId: string, updatedAt: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('invite', inviteId, updatedAt),
    });
  }
}
