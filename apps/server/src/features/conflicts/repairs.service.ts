import type { repairBody } from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { NotificationsService } from '../connection/notifications.service';
import type { Membership } from '../spaces/spaces.repository';
import * as repo from './conflicts.repository';

/**
 * Repair attempts — "I'm sorry", "can we start over?", "I see your point" — logged at any time,
 * on a topic (seen by its participants) or on none (seen by the space). They are never refused
 * for a paused topic: reaching out is what a break is for.
 */
export class RepairsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async list(membership: Membership) {
    const rows = await repo.listRepairsFor(this.db, membership.spaceId, membership.userId, 100);
    return rows.map(presentRepair);
  }

  async add(membership: Membership, input: z.output<typeof repairBody>) {
    const topicId = input.topicId ?? null;
    let audience = membership.memberIds;
    if (topicId) {
      const topic = await repo.findTopicOf(this.db, membership.spaceId, topicId, membership.userId);
      if (!topic) throw new AppError('not_found');
      const participants = (await repo.participantIdsOf(this.db, topicId)).map((p) => p.user_id);
      audience = membership.memberIds.filter((id) => participants.includes(id));
    }
    const row = {
      id: newId(),
      space_id: membership.spaceId,
      user_id: membership.userId,
      topic_id: topicId,
      kind: input.kind,
      text: input.text ?? '',
      created_at: nowIso(),
    };
    await repo.insertRepair(this.db, row);
    for (const userId of audience) {
      await this.bus.publish({
        kind: 'event',
        spaceId: membership.spaceId,
        event: eventOf('conflict', topicId ?? row.id, row.created_at),
        onlyTo: userId,
      });
    }
    const others = audience.filter((id) => id !== membership.userId);
    await this.notifications.notify(membership.spaceId, others, 'repair', row.id);
    return presentRepair(row);
  }
}

function presentRepair(row: repo.RepairRow) {
  return {
    id: row.id,
    kind: row.kind as 'sorry' | 'start_over' | 'see_your_point' | 'need_a_break' | 'other',
    text: row.text,
    topicId: row.topic_id,
    userId: row.user_id,
    createdAt: row.created_at,
  };
}
