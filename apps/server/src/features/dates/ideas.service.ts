import {
  dateIdeas,
  dateIdeasMatching,
  type DateIdeaFilter,
  type DateIdeaView,
  type dateIdeaBody,
  type updateDateIdeaBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Membership } from '../spaces/spaces.repository';
import { ownIdeaOf, presentBankIdea, presentOwnIdea } from './dates.presenter';
import * as repo from './dates.repository';

/**
 * Date ideas: Tandem's own bank, and the couple's own ideas beside it, tagged alike and
 * filtered alike. Anyone in the space may add, change or remove the space's own ideas; a plan
 * made from an idea keeps its own words, so changing the idea changes no plan.
 */
export class DateIdeasService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
  ) {}

  /** Ours first, newest first, then the bank's. */
  async list(membership: Membership, filter: DateIdeaFilter): Promise<DateIdeaView[]> {
    const ours = (await repo.listIdeas(this.db, membership.spaceId)).map(ownIdeaOf);
    return [
      ...dateIdeasMatching(filter, ours).map(presentOwnIdea),
      ...dateIdeasMatching(filter, dateIdeas).map(presentBankIdea),
    ];
  }

  async create(membership: Membership, input: z.output<typeof dateIdeaBody>) {
    const now = nowIso();
    const row: repo.IdeaRow = {
      id: newId(),
      space_id: membership.spaceId,
      created_by: membership.userId,
      title: input.title,
      description: input.description ?? '',
      setting: input.setting,
      cost: input.cost,
      duration: input.duration,
      energy: input.energy,
      seasons: JSON.stringify(input.seasons),
      created_at: now,
      updated_at: now,
    };
    await repo.insertIdea(this.db, row);
    await this.announce(row.space_id, row.id, now);
    return presentOwnIdea(ownIdeaOf(row));
  }

  async update(membership: Membership, id: string, input: z.output<typeof updateDateIdeaBody>) {
    const before = await this.find(membership, id);
    const now = nowIso();
    const { seasons, ...rest } = input;
    const patch = {
      ...rest,
      ...(seasons !== undefined ? { seasons: JSON.stringify(seasons) } : {}),
      updated_at: now,
    };
    await repo.updateIdea(this.db, id, patch);
    await this.announce(membership.spaceId, id, now);
    return presentOwnIdea(ownIdeaOf({ ...before, ...patch }));
  }

  async remove(membership: Membership, id: string) {
    await this.find(membership, id);
    await repo.deleteIdea(this.db, id);
    await this.announce(membership.spaceId, id, nowIso());
  }

  private async find(membership: Membership, id: string) {
    const row = await repo.findIdea(this.db, membership.spaceId, id);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private announce(spaceId: string, id: string, at: string) {
    return this.bus.publish({ kind: 'event', spaceId, event: eventOf('date', id, at) });
  }
}
