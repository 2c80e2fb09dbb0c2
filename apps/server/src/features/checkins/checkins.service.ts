import {
  daysFrom,
  localDateIn,
  type Checkin,
  type CheckinList,
  type UpdateCheckinBody,
  type createCheckinBody,
  type listCheckinsQuery,
} from '@tandem/shared';
import type { z } from 'zod';
import { isUniqueViolation } from '../../db/database';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { AuthContext } from '../auth/auth-context';
import { lockSpace, type Membership } from '../spaces/spaces.repository';
import {
  checkinCapabilities,
  checkinView,
  isOpenDate,
  requireAuthor,
  requireNotFinal,
  requireOpenDate,
  waitingForCheckins,
  type CheckinDay,
} from './checkins.policy';
import { presentCheckin } from './checkins.presenter';
import * as repo from './checkins.repository';

type CreateInput = z.output<typeof createCheckinBody>;
type ListQuery = z.output<typeof listCheckinsQuery>;

export class CheckinsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  /** One check-in per member per day: a second one is refused (409) — edit the first instead. */
  async create(
    membership: Membership,
    user: AuthContext['user'],
    input: CreateInput,
  ): Promise<Checkin> {
    const date = input.date ?? localDateIn(user.timeZone);
    requireOpenDate(date, user.timeZone);
    const now = nowIso();
    const row: repo.CheckinRow = {
      id: newId(),
      space_id: membership.spaceId,
      author_id: user.id,
      date,
      mood: input.mood,
      energy: input.energy ?? null,
      need: emptyToNull(input.need),
      appreciation: emptyToNull(input.appreciation),
      visibility: input.visibility,
      revealed_at: null,
      unsealed_at: null,
      created_at: now,
      updated_at: now,
    };
    const created = await this.db
      .transaction()
      .execute(async (trx) => {
        await lockSpace(trx, row.space_id, now);
        await repo.insertCheckin(trx, row);
        return this.unsealIfComplete(trx, membership, row);
      })
      .catch(async (error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        const existing = await repo.findCheckinOfAuthor(this.db, row.space_id, row.author_id, date);
        throw new AppError('checkin_exists', { id: existing?.id });
      });
    await this.announce(row, row.visibility);
    return this.presentOwn(membership, created.row, created.day);
  }

  async list(
    membership: Membership,
    user: AuthContext['user'],
    query: ListQuery,
  ): Promise<CheckinList> {
    const from = query.date ?? query.from ?? localDateIn(user.timeZone);
    const to = query.date ?? query.to ?? from;
    const rows = await repo.listVisibleCheckins(this.db, membership.spaceId, user.id, from, to);
    const byDay = groupByDay(rows);
    const dayOf = (date: string): CheckinDay => ({
      memberIds: membership.memberIds,
      checkins: byDay.get(date) ?? [],
    });
    const items = rows.flatMap((row) => {
      const day = dayOf(row.date);
      const view = checkinView(user.id, row, day);
      if (view === 'hidden') return [];
      return [presentCheckin(row, view, checkinCapabilities(user.id, row, day))];
    });
    const days = daysFrom(from, to)
      .reverse()
      .map((date) => {
        const day = dayOf(date);
        const mine = day.checkins.some((c) => c.author_id === user.id);
        return {
          date,
          waitingFor: waitingForCheckins(day),
          canCheckIn: !mine && isOpenDate(date, user.timeZone),
        };
      });
    return { items, days };
  }

  async update(
    membership: Membership,
    checkinId: string,
    changes: UpdateCheckinBody,
  ): Promise<Checkin> {
    const { before, after, day } = await this.db.transaction().execute(async (trx) => {
      const now = nowIso();
      await lockSpace(trx, membership.spaceId, now);
      const found = await this.findOwn(trx, membership, checkinId);
      requireNotFinal(found.row, found.day);
      const changed: repo.CheckinRow = {
        ...found.row,
        ...definedOnly({
          mood: changes.mood,
          energy: changes.energy,
          need: changes.need === undefined ? undefined : emptyToNull(changes.need),
          appreciation:
            changes.appreciation === undefined ? undefined : emptyToNull(changes.appreciation),
          visibility: changes.visibility,
        }),
        updated_at: now,
      };
      const { mood, energy, need, appreciation, visibility, updated_at } = changed;
      await repo.updateCheckin(trx, membership.spaceId, checkinId, {
        mood,
        energy,
        need,
        appreciation,
        visibility,
        updated_at,
      });
      const unsealed = await this.unsealIfComplete(trx, membership, changed);
      return { before: found.row, after: unsealed.row, day: unsealed.day };
    });
    // Going from shared to private must also reach the others, so their copy disappears.
    await this.announce(after, before.visibility === 'shared' ? 'shared' : after.visibility);
    return this.presentOwn(membership, after, day);
  }

  async revealEarly(membership: Membership, checkinId: string): Promise<Checkin> {
    const { row, day } = await this.db.transaction().execute(async (trx) => {
      const found = await this.findOwn(trx, membership, checkinId);
      if (found.row.visibility !== 'shared') throw new AppError('not_shared');
      if (found.row.revealed_at) return found;
      const now = nowIso();
      await repo.updateCheckin(trx, membership.spaceId, checkinId, {
        revealed_at: now,
        updated_at: now,
      });
      return { ...found, row: { ...found.row, revealed_at: now, updated_at: now } };
    });
    await this.announce(row, 'shared');
    return this.presentOwn(membership, row, day);
  }

  async remove(membership: Membership, checkinId: string): Promise<void> {
    const row = await this.db.transaction().execute(async (trx) => {
      await lockSpace(trx, membership.spaceId, nowIso());
      const found = await this.findOwn(trx, membership, checkinId);
      requireNotFinal(found.row, found.day);
      await repo.deleteCheckin(trx, membership.spaceId, checkinId);
      return found.row;
    });
    await this.announce({ ...row, updated_at: nowIso() }, row.visibility);
  }

  /** The caller's own check-in and its day, or the policy's 404/403. */
  private async findOwn(db: Executor, membership: Membership, checkinId: string) {
    const found = await repo.findCheckin(db, membership.spaceId, checkinId);
    const row = requireAuthor(membership.userId, found);
    return { row, day: await this.loadDay(db, membership, row.date) };
  }

  private async loadDay(db: Executor, membership: Membership, date: string): Promise<CheckinDay> {
    const { spaceId, userId, memberIds } = membership;
    return { memberIds, checkins: await repo.listVisibleCheckins(db, spaceId, userId, date, date) };
  }

  /**
   * When this check-in completes its day, the reveal is recorded on every shared check-in of
   * that day, so that it holds even if someone joins the space later.
   */
  private async unsealIfComplete(db: Executor, membership: Membership, row: repo.CheckinRow) {
    const day = await this.loadDay(db, membership, row.date);
    if (row.visibility !== 'shared' || waitingForCheckins(day).length > 0) return { row, day };
    const at = row.updated_at;
    await repo.markDayUnsealed(db, row.space_id, row.date, at);
    // What the update just wrote, without reading the day again.
    const unseal = (c: repo.CheckinRow) =>
      c.visibility === 'shared' && c.unsealed_at === null ? { ...c, unsealed_at: at } : c;
    return {
      row: unseal(row),
      day: { ...day, checkins: day.checkins.map(unseal) },
    };
  }

  private presentOwn(membership: Membership, row: repo.CheckinRow, day: CheckinDay): Checkin {
    return presentCheckin(row, 'full', checkinCapabilities(membership.userId, row, day));
  }

  /** Private check-ins are announced to their author alone: not even their id reaches others. */
  private announce(row: repo.CheckinRow, audience: 'shared' | 'private') {
    const event = eventOf('checkin', row.id, row.updated_at);
    return this.bus.publish({
      kind: 'event',
      spaceId: row.space_id,
      event,
      ...(audience === 'private' ? { onlyTo: row.author_id } : {}),
    });
  }
}

function groupByDay(rows: repo.CheckinRow[]): Map<string, repo.CheckinRow[]> {
  const byDay = new Map<string, repo.CheckinRow[]>();
  for (const row of rows) byDay.set(row.date, [...(byDay.get(row.date) ?? []), row]);
  return byDay;
}

function emptyToNull(text: string | null | undefined): string | null {
  return text ? text : null;
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}
