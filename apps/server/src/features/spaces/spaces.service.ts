import type { CreateSpaceBody, Member, Space } from '@tandem/shared';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { presentMember, presentSpace } from './spaces.presenter';
import * as repo from './spaces.repository';

/** What other modules do when someone leaves a space, or the space goes with its last member. */
export interface LeavingHooks {
  /** Inside the leaving transaction: what the member took part in lets go of them. */
  memberLeft(trx: Executor, spaceId: string, userId: string): Promise<void>;
  /** After it commits: what the space kept outside the database (its photos) goes too. */
  spaceDeleted(spaceId: string): Promise<void>;
}

export class SpacesService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly leaving: LeavingHooks,
  ) {}

  /** Anyone who is not a member gets the same 404 as for a space that does not exist. */
  async requireMembership(spaceId: string, userId: string): Promise<repo.Membership> {
    const membership = await repo.findMembershipWithMembers(this.db, spaceId, userId);
    if (!membership) throw new AppError('not_found');
    return membership;
  }

  async create(userId: string, input: CreateSpaceBody): Promise<Space> {
    const now = nowIso();
    const spaceId = newId();
    await this.db.transaction().execute(async (trx) => {
      await repo.insertSpace(trx, {
        id: spaceId,
        name: input.name,
        kind: input.kind,
        created_by: userId,
        created_at: now,
        updated_at: now,
      });
      await repo.insertMember(trx, {
        space_id: spaceId,
        user_id: userId,
        role: 'owner',
        joined_at: now,
      });
    });
    return this.get(spaceId, userId);
  }

  async list(userId: string): Promise<Space[]> {
    const rows = await repo.listSpacesOfUser(this.db, userId);
    return rows.map(presentSpace);
  }

  async get(spaceId: string, userId: string): Promise<Space> {
    const row = await repo.findSpaceForMember(this.db, spaceId, userId);
    if (!row) throw new AppError('not_found');
    return presentSpace(row);
  }

  async rename(membership: repo.Membership, name: string): Promise<Space> {
    const now = nowIso();
    await repo.renameSpace(this.db, membership.spaceId, name, now);
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('space', membership.spaceId, now),
    });
    return this.get(membership.spaceId, membership.userId);
  }

  async members(membership: repo.Membership): Promise<Member[]> {
    const rows = await repo.listMembers(this.db, membership.spaceId);
    return rows.map((row) => presentMember(row, membership.userId));
  }

  /**
   * Leaving ends access at once (live connections too). What the member wrote stays with the
   * space's history; the last one out takes the space with them.
   */
  async leave(membership: repo.Membership): Promise<void> {
    const { spaceId, userId } = membership;
    const deleted = await this.db.transaction().execute(async (trx) => {
      await repo.lockSpace(trx, spaceId, nowIso());
      await repo.deleteMember(trx, spaceId, userId);
      await this.leaving.memberLeft(trx, spaceId, userId);
      const remaining = await repo.countMembers(trx, spaceId);
      if (remaining === 0) await repo.deleteSpace(trx, spaceId);
      else if (membership.role === 'owner') await repo.promoteOldestMember(trx, spaceId);
      return remaining === 0;
    });
    if (deleted) await this.leaving.spaceDeleted(spaceId);
    await this.bus.publish({ kind: 'disconnect', spaceId, userId });
    await this.bus.publish({ kind: 'event', spaceId, event: eventOf('member', userId, nowIso()) });
  }
}
