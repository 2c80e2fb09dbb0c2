import {
  describeChoreShares,
  localDateIn,
  type MinutesFromLog,
  proposeChoreShares,
  starterResponsibilities,
  type ChoreSharesView,
  type ShareMember,
  type ShareResponsibility,
  type ChoreRating,
  type CreateResponsibilityBody,
  type Responsibility,
  type StarterItem,
  type UpdateResponsibilityBody,
} from '@tandem/shared';
import { isUniqueViolation } from '../../db/database';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import { presentResponsibility, presentShares } from './chores.presenter';
import * as repo from './chores.repository';
import { stampReviewed } from './fairness.repository';

type CreateInput = Required<Pick<CreateResponsibilityBody, 'scheduleFrom'>> &
  CreateResponsibilityBody;

export class ChoresService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  async list(membership: Membership): Promise<Responsibility[]> {
    const rows = await repo.listResponsibilities(this.db, membership.spaceId, membership.userId);
    return rows.map(presentResponsibility);
  }

  async create(
    membership: Membership,
    timeZone: string,
    input: CreateInput,
  ): Promise<Responsibility> {
    const row = this.newRow(membership, {
      first_due_on: input.firstDueOn ?? localDateIn(timeZone),
      name: input.name,
      area: input.area,
      done_well: input.doneWell ?? null,
      rrule: input.rrule,
      schedule_from: input.scheduleFrom,
      notice_minutes: input.minutes.notice,
      plan_minutes: input.minutes.plan,
      do_minutes: input.minutes.do,
      starter_key: null,
    });
    await repo.insertResponsibilities(this.db, [row]);
    await this.announce(membership.spaceId, row.id, row.updated_at);
    return this.get(membership, row.id);
  }

  /** The starter list, marking the ones this space already has. */
  async starter(membership: Membership): Promise<StarterItem[]> {
    const added = await repo.starterKeysOf(this.db, membership.spaceId);
    return starterResponsibilities.map((s) => ({ ...s, added: added.has(s.key) }));
  }

  /** Adds the chosen starter responsibilities; ones the space already has are left as they are. */
  async addStarter(
    membership: Membership,
    timeZone: string,
    keys: string[],
  ): Promise<Responsibility[]> {
    const unknown = keys.filter((key) => !starterResponsibilities.some((s) => s.key === key));
    if (unknown.length > 0) {
      throw invalidField('keys', `Not in the starter list: ${unknown.join(', ')}.`);
    }
    await this.db
      .transaction()
      .execute(async (trx) => {
        const existing = await repo.starterKeysOf(trx, membership.spaceId);
        const rows = starterResponsibilities
          .filter((s) => keys.includes(s.key) && !existing.has(s.key))
          .map((s) =>
            this.newRow(membership, {
              first_due_on: localDateIn(timeZone),
              name: s.name,
              area: s.area,
              done_well: null,
              rrule: s.rrule,
              schedule_from: 'due',
              notice_minutes: s.minutes.notice,
              plan_minutes: s.minutes.plan,
              do_minutes: s.minutes.do,
              starter_key: s.key,
            }),
          );
        if (rows.length > 0) await repo.insertResponsibilities(trx, rows);
      })
      .catch((error: unknown) => {
        // Someone else added the same ones a moment earlier: the list already has them.
        if (!isUniqueViolation(error)) throw error;
      });
    await this.announce(membership.spaceId, membership.spaceId, nowIso());
    return this.list(membership);
  }

  async update(
    membership: Membership,
    id: string,
    changes: UpdateResponsibilityBody,
  ): Promise<Responsibility> {
    if (changes.ownerId) requireCurrentMember(membership, changes.ownerId, 'ownerId');
    if (changes.pinnedTo) requireCurrentMember(membership, changes.pinnedTo, 'pinnedTo');
    for (const stage of ['notice', 'plan'] as const) {
      const holder = changes.stageOwners?.[stage];
      if (holder) requireCurrentMember(membership, holder, `stageOwners.${stage}`);
    }
    const now = nowIso();
    const updated = await repo.updateResponsibility(this.db, membership.spaceId, id, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.area !== undefined ? { area: changes.area } : {}),
      ...(changes.doneWell !== undefined ? { done_well: changes.doneWell } : {}),
      ...(changes.rrule !== undefined ? { rrule: changes.rrule } : {}),
      ...(changes.scheduleFrom !== undefined ? { schedule_from: changes.scheduleFrom } : {}),
      ...(changes.ownerId !== undefined ? { owner_id: changes.ownerId } : {}),
      ...(changes.pinnedTo !== undefined ? { pinned_to: changes.pinnedTo } : {}),
      ...(changes.firstDueOn !== undefined ? { first_due_on: changes.firstDueOn } : {}),
      ...(changes.stageOwners
        ? {
            notice_owner_id: changes.stageOwners.notice,
            plan_owner_id: changes.stageOwners.plan,
          }
        : {}),
      ...(changes.minutes
        ? {
            notice_minutes: changes.minutes.notice,
            plan_minutes: changes.minutes.plan,
            do_minutes: changes.minutes.do,
          }
        : {}),
      updated_at: now,
    });
    if (!updated) throw new AppError('not_found');
    await this.announce(membership.spaceId, id, now);
    return this.get(membership, id);
  }

  async remove(membership: Membership, id: string): Promise<void> {
    if (!(await repo.deleteResponsibility(this.db, membership.spaceId, id))) {
      throw new AppError('not_found');
    }
    await this.announce(membership.spaceId, id, nowIso());
  }

  /** A rating is private: stored for its member, announced to them alone. */
  async rate(membership: Membership, id: string, rating: ChoreRating): Promise<Responsibility> {
    await this.get(membership, id);
    const now = nowIso();
    await repo.upsertRating(this.db, {
      space_id: membership.spaceId,
      responsibility_id: id,
      user_id: membership.userId,
      rating,
      updated_at: now,
    });
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('responsibility', id, now),
      onlyTo: membership.userId,
    });
    return this.get(membership, id);
  }

  /** What each current member can give the home, in hours a week (null until they say). */
  async availability(membership: Membership) {
    const rows = await repo.listAvailability(this.db, membership.spaceId);
    const minutes = new Map(rows.map((row) => [row.user_id, row.minutes_per_week]));
    return membership.memberIds.map((userId) => {
      const given = minutes.get(userId);
      return { userId, hoursPerWeek: given === undefined ? null : given / 60 };
    });
  }

  async setAvailability(membership: Membership, hoursPerWeek: number) {
    const now = nowIso();
    await repo.upsertAvailability(this.db, {
      space_id: membership.spaceId,
      user_id: membership.userId,
      minutes_per_week: Math.round(hoursPerWeek * 60),
      updated_at: now,
    });
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('member', membership.userId, now),
    });
    return this.availability(membership);
  }

  /**
   * A fresh proposal from current ratings, availability and pins; with `logged`, from the
   * minutes the log says some responsibilities really take.
   */
  async proposal(membership: Membership, logged: MinutesFromLog[] = []): Promise<ChoreSharesView> {
    const { members, responsibilities } = await this.allocationData(membership, logged);
    const shares = proposeChoreShares(members, responsibilities);
    return presentShares(membership, shares.assignment, shares.fair, shares.loads, shares.reasons);
  }

  /**
   * Accepting makes the proposal's people the owners of the whole cycle (split stages go back
   * to them) and counts as a review; logged minutes, if any, become the plan. One transaction.
   */
  async acceptProposal(
    membership: Membership,
    timeZone: string,
    logged: MinutesFromLog[] = [],
  ): Promise<ChoreSharesView> {
    const { members, responsibilities } = await this.allocationData(membership, logged);
    const shares = proposeChoreShares(members, responsibilities);
    const now = nowIso();
    await this.db.transaction().execute(async (trx) => {
      for (const { choreId, loggedMinutes } of logged) {
        await repo.updateResponsibility(trx, membership.spaceId, choreId, {
          do_minutes: loggedMinutes,
          updated_at: now,
        });
      }
      await repo.setOwners(trx, membership.spaceId, shares.assignment, now);
      await stampReviewed(trx, membership.spaceId, localDateIn(timeZone), now);
    });
    await this.announce(membership.spaceId, membership.spaceId, now);
    return presentShares(membership, shares.assignment, shares.fair, shares.loads, shares.reasons);
  }

  /** The shares as they are now, hand tweaks included, with their fairness recomputed. */
  async currentShares(membership: Membership): Promise<ChoreSharesView> {
    const { members, responsibilities, owners } = await this.allocationData(membership);
    const { fair, loads } = describeChoreShares(members, responsibilities, owners);
    const reasons = Object.fromEntries(
      responsibilities.map((r) => [r.id, r.pinnedTo ? 'pinned' : 'allocated']),
    );
    return presentShares(membership, owners, fair, loads, reasons);
  }

  private async allocationData(membership: Membership, logged: MinutesFromLog[] = []) {
    const [rows, ratings, availability] = await Promise.all([
      repo.listResponsibilities(this.db, membership.spaceId, membership.userId),
      repo.listRatingsForAllocation(this.db, membership.spaceId),
      repo.listAvailability(this.db, membership.spaceId),
    ]);
    const minutes = new Map(availability.map((a) => [a.user_id, a.minutes_per_week]));
    const missing = membership.memberIds.filter((id) => !minutes.has(id));
    if (missing.length > 0) throw new AppError('availability_missing', { missing });
    const members: ShareMember[] = membership.memberIds.map((id) => ({
      id,
      availableMinutesPerWeek: minutes.get(id) ?? 0,
    }));
    const ratingsByChore = new Map<string, ShareResponsibility['ratings']>();
    for (const r of ratings) {
      ratingsByChore.set(r.responsibility_id, {
        ...ratingsByChore.get(r.responsibility_id),
        [r.user_id]: r.rating,
      });
    }
    const loggedMinutes = new Map(logged.map((l) => [l.choreId, l.loggedMinutes]));
    const current = (id: string | null) => (id && membership.memberIds.includes(id) ? id : null);
    const responsibilities: ShareResponsibility[] = rows.map((row) => ({
      id: row.id,
      minutes: {
        notice: row.notice_minutes,
        plan: row.plan_minutes,
        do: loggedMinutes.get(row.id) ?? row.do_minutes,
      },
      rrule: row.rrule,
      pinnedTo: row.pinned_to,
      ratings: ratingsByChore.get(row.id) ?? {},
      stageOwners: { notice: current(row.notice_owner_id), plan: current(row.plan_owner_id) },
    }));
    const owners: Record<string, string> = {};
    for (const row of rows) {
      const owner = current(row.owner_id);
      if (owner) owners[row.id] = owner;
    }
    return { members, responsibilities, owners };
  }

  private async get(membership: Membership, id: string): Promise<Responsibility> {
    const row = await repo.findResponsibility(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    return presentResponsibility(row);
  }

  private newRow(
    membership: Membership,
    fields: Omit<
      repo.ResponsibilityRow,
      | 'id'
      | 'space_id'
      | 'owner_id'
      | 'pinned_to'
      | 'notice_owner_id'
      | 'plan_owner_id'
      | 'created_by'
      | 'created_at'
      | 'updated_at'
    >,
  ): repo.ResponsibilityRow {
    const now = nowIso();
    return {
      id: newId(),
      space_id: membership.spaceId,
      owner_id: null,
      pinned_to: null,
      notice_owner_id: null,
      plan_owner_id: null,
      created_by: membership.userId,
      created_at: now,
      updated_at: now,
      ...fields,
    };
  }

  private announce(spaceId: string, id: string, updatedAt: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('responsibility', id, updatedAt),
    });
  }
}
