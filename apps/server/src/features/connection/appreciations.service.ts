import type { Appreciation, careBody, sendAppreciationBody } from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import * as repo from './appreciations.repository';
import type { NotificationsService } from './notifications.service';

const MAX_DAYS_AHEAD = 30;
/** Notes announced per delivery tick; the next tick takes the rest. */
const DELIVERIES_PER_TICK = 200;

/**
 * Appreciation notes: now or at a chosen time (tomorrow morning). A scheduled note is nobody's
 * business but its sender's until it arrives; then the recipient sees it and is told.
 */
export class AppreciationsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async send(membership: Membership, input: z.output<typeof sendAppreciationBody>) {
    const others = membership.memberIds.filter((id) => id !== membership.userId);
    const to = input.to ?? (others.length === 1 ? others[0] : undefined);
    if (!to) throw invalidField('to', 'Say who it is for.');
    requireCurrentMember(membership, to, 'to');
    if (to === membership.userId) throw invalidField('to', 'Appreciate someone else.');
    const now = nowIso();
    const deliverAt = input.deliverAt ? new Date(input.deliverAt).toISOString() : now;
    const latest = new Date(Date.now() + MAX_DAYS_AHEAD * 86_400_000).toISOString();
    if (deliverAt > latest) throw invalidField('deliverAt', 'At most 30 days ahead.');
    const row: repo.AppreciationRow = {
      id: newId(),
      space_id: membership.spaceId,
      from_id: membership.userId,
      to_id: to,
      text: input.text,
      // A time already past means now.
      deliver_at: deliverAt < now ? now : deliverAt,
      delivered_at: null,
      created_at: now,
    };
    await repo.insertAppreciation(this.db, row);
    await this.tell(row.space_id, row.from_id, row.id, now);
    if (row.deliver_at <= now) await this.deliver(row);
    return present(row, now);
  }

  async list(membership: Membership) {
    const now = nowIso();
    const rows = await repo.listForMember(this.db, membership.spaceId, membership.userId, now);
    return {
      received: rows.filter((r) => r.to_id === membership.userId).map((r) => present(r, now)),
      given: rows.filter((r) => r.from_id === membership.userId).map((r) => present(r, now)),
    };
  }

  /** Announces every note whose time has come: run on a timer, by any number of processes. */
  async deliverDue(): Promise<number> {
    const due = await repo.listDue(this.db, nowIso(), DELIVERIES_PER_TICK);
    let delivered = 0;
    for (const row of due) {
      if (await this.deliver(row)) delivered++;
    }
    return delivered;
  }

  async care(membership: Membership) {
    const rows = await repo.listCare(this.db, membership.spaceId);
    return membership.memberIds.map((userId) => {
      const row = rows.find((r) => r.user_id === userId);
      return {
        userId,
        tags: row ? (JSON.parse(row.tags) as z.output<typeof careBody>['tags']) : [],
        text: row?.text ?? '',
        given: row !== undefined,
      };
    });
  }

  async saveCare(membership: Membership, input: z.output<typeof careBody>) {
    const now = nowIso();
    await repo.saveCare(this.db, {
      space_id: membership.spaceId,
      user_id: membership.userId,
      tags: JSON.stringify([...new Set(input.tags)]),
      text: input.text,
      updated_at: now,
    });
    await this.bus.publish({
      kind: 'event',
      spaceId: membership.spaceId,
      event: eventOf('appreciation', membership.userId, now),
    });
    return this.care(membership);
  }

  private async deliver(row: repo.AppreciationRow): Promise<boolean> {
    const now = nowIso();
    if (!(await repo.claimDelivery(this.db, row.id, now))) return false;
    await this.tell(row.space_id, row.to_id, row.id, now);
    await this.notifications.notify(row.space_id, [row.to_id], 'appreciation', row.id);
    return true;
  }

  private tell(spaceId: string, userId: string, id: string, now: string) {
    return this.bus.publish({
      kind: 'event',
      spaceId,
      event: eventOf('appreciation', id, now),
      onlyTo: userId,
    });
  }
}

function present(row: repo.AppreciationRow, now: string): Appreciation {
  return {
    id: row.id,
    fromId: row.from_id,
    toId: row.to_id,
    text: row.text,
    deliverAt: row.deliver_at,
    arrived: row.deliver_at <= now,
    createdAt: row.created_at,
  };
}
