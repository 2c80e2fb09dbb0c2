import {
  daysFrom,
  localDateIn,
  type Checkin,
  type CheckinList,
  type UpdateCheckinBody,
} from '@tandem/shared';
import type { z } from 'zod';
import type { createCheckinBody, listCheckinsQuery } from '@tandem/shared';
import { isUniqueViolation } from '../../db/database';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { AuthContext } from '../auth/auth-context';
import type { Membership } from '../spaces/spaces.repository';
import {
  checkinCapabilities,
  checkinView,
  requireAuthor,
  waitingForCheckins,
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
    const now = nowIso();
    const row: repo.CheckinRow = {
      id: newId(),
      space_id: membership.spaceId,
      author_id: user.id,
      date: input.date ?? localDateIn(user.timeZone),
      mood: input.mood,
      energy: input.energy ?? null,
      need: emptyToNull(input.need),
      appreciation: emptyToNull(input.appreciation),
      visibility: input.visibility,
      revealed_at: null,
      created_at: now,
      updated_at: now,
    };
    try {
      await repo.insertCheckin(this.db, row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await repo.findCheckinOfAuthor(
        this.db,
        row.space_id,
        row.author_id,
        row.date,
      );
      throw new AppError('checkin_exists', { id: existing?.id });
    }
    await this.announce(row, row.visibility);
    return this.presentOne(membership, row);
  }

  async list(
    membership: Membership,
    user: AuthContext['user'],
    query: ListQuery,
  ): Promise<CheckinList> {
    const from = query.date ?? query.from ?? localDateIn(user.timeZone);
    const to = query.date ?? query.to ?? from;
    const { memberIds } = membership;
    const rows = await repo.listVisibleCheckins(this.db, membership.spaceId, user.id, from, to);
    const byDay = groupByDay(rows);
    const items = rows.flatMap((row) => {
      const sameDay = byDay.get(row.date) ?? [];
      const view = checkinView(user.id, row, memberIds, sameDay);
      if (view === 'hidden') return [];
      return [presentCheckin(row, view, checkinCapabilities(user.id, row, memberIds, sameDay))];
    });
    const days = daysFrom(from, to)
      .reverse()
      .map((date) => ({ date, waitingFor: waitingForCheckins(memberIds, byDay.get(date) ?? []) }));
    return { items, days };
  }

  async update(
    membership: Membership,
    checkinId: string,
    changes: UpdateCheckinBody,
  ): Promise<Checkin> {
    const before = requireAuthor(
      membership.userId,
      await repo.findCheckin(this.db, membership.spaceId, checkinId),
    );
    const after: repo.CheckinRow = {
      ...before,
      ...definedOnly({
        mood: changes.mood,
        energy: changes.energy,
        need: changes.need === undefined ? undefined : emptyToNull(changes.need),
        appreciation:
          changes.appreciation === undefined ? undefined : emptyToNull(changes.appreciation),
        visibility: changes.visibility,
      }),
      updated_at: nowIso(),
    };
    const { mood, energy, need, appreciation, visibility, updated_at } = after;
    await repo.updateCheckin(this.db, membership.spaceId, checkinId, {
      mood,
      energy,
      need,
      appreciation,
      visibility,
      updated_at,
    });
    // Going from shared to private must also reach the others, so their copy disappears.
    await this.announce(after, before.visibility === 'shared' ? 'shared' : after.visibility);
    return this.presentOne(membership, after);
  }

  async revealEarly(membership: Membership, checkinId: string): Promise<Checkin> {
    const row = requireAuthor(
      membership.userId,
      await repo.findCheckin(this.db, membership.spaceId, checkinId),
    );
    if (row.visibility !== 'shared') throw new AppError('not_shared');
    const now = nowIso();
    const revealed = { ...row, revealed_at: row.revealed_at ?? now, updated_at: now };
    await repo.updateCheckin(this.db, membership.spaceId, checkinId, {
      revealed_at: revealed.revealed_at,
      updated_at: now,
    });
    await this.announce(revealed, 'shared');
    return this.presentOne(membership, revealed);
  }

  async remove(membership: Membership, checkinId: string): Promise<void> {
    const row = requireAuthor(
      membership.userId,
      await repo.findCheckin(this.db, membership.spaceId, checkinId),
    );
    await repo.deleteCheckin(this.db, membership.spaceId, checkinId);
    await this.announce({ ...row, updated_at: nowIso() }, row.visibility);
  }

  private async presentOne(membership: Membership, row: repo.CheckinRow): Promise<Checkin> {
    const { spaceId, userId, memberIds } = membership;
    const sameDay = await repo.listVisibleCheckins(this.db, spaceId, userId, row.date, row.date);
    return presentCheckin(row, 'full', checkinCapabilities(userId, row, memberIds, sameDay));
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
