import {
  localDateIn,
  projectGoal,
  type contributeBody,
  type createGoalBody,
  type SavingsGoal,
  type updateGoalBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Viewer } from '../spaces/viewer';
import * as repo from './goals.repository';
import type { MoneyService } from './money.service';

/** Shared savings goals: a target, a date, who put in what, and when it will be reached. */
export class GoalsService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly money: MoneyService,
  ) {}

  async list(viewer: Viewer): Promise<SavingsGoal[]> {
    const { spaceId } = viewer.membership;
    const [goals, contributions, settings] = await Promise.all([
      repo.listGoals(this.db, spaceId),
      repo.listContributions(this.db, spaceId),
      this.money.settings(this.db, spaceId),
    ]);
    const today = localDateIn(viewer.timeZone);
    return goals.map((goal) => {
      const own = contributions.filter((c) => c.goal_id === goal.id);
      const byMember = new Map<string, number>();
      for (const c of own)
        byMember.set(c.user_id, (byMember.get(c.user_id) ?? 0) + Number(c.amount));
      return {
        id: goal.id,
        name: goal.name,
        target: Number(goal.target),
        currency: settings.currency,
        targetOn: goal.target_on,
        saved: own.reduce((s, c) => s + Number(c.amount), 0),
        byMember: [...byMember].map(([userId, amount]) => ({ userId, amount })),
        contributions: own.map((c) => ({
          id: c.id,
          userId: c.user_id,
          amount: Number(c.amount),
          contributedOn: c.contributed_on,
        })),
        projectedOn: projectGoal(
          Number(goal.target),
          own.map((c) => ({ amount: Number(c.amount), on: c.contributed_on })),
          today,
        ),
        createdBy: goal.created_by,
      };
    });
  }

  async create(viewer: Viewer, input: z.output<typeof createGoalBody>): Promise<SavingsGoal> {
    const id = newId();
    const now = nowIso();
    await repo.insertGoal(this.db, {
      id,
      space_id: viewer.membership.spaceId,
      name: input.name,
      target: input.target,
      target_on: input.targetOn ?? null,
      created_by: viewer.membership.userId,
      created_at: now,
      updated_at: now,
    });
    await this.announce(viewer.membership.spaceId, id, now);
    return this.get(viewer, id);
  }

  async update(viewer: Viewer, id: string, changes: z.output<typeof updateGoalBody>) {
    const now = nowIso();
    const updated = await repo.updateGoal(this.db, viewer.membership.spaceId, id, {
      ...(changes.name !== undefined ? { name: changes.name } : {}),
      ...(changes.target !== undefined ? { target: changes.target } : {}),
      ...(changes.targetOn !== undefined ? { target_on: changes.targetOn } : {}),
      updated_at: now,
    });
    if (!updated) throw new AppError('not_found');
    await this.announce(viewer.membership.spaceId, id, now);
    return this.get(viewer, id);
  }

  async remove(viewer: Viewer, id: string) {
    if (!(await repo.deleteGoal(this.db, viewer.membership.spaceId, id))) {
      throw new AppError('not_found');
    }
    await this.announce(viewer.membership.spaceId, id, nowIso());
  }

  async contribute(viewer: Viewer, goalId: string, input: z.output<typeof contributeBody>) {
    const { membership } = viewer;
    const userId = input.userId ?? membership.userId;
    requireCurrentMember(membership, userId, 'userId');
    await this.get(viewer, goalId);
    const now = nowIso();
    await repo.insertContribution(this.db, {
      id: newId(),
      space_id: membership.spaceId,
      goal_id: goalId,
      user_id: userId,
      amount: input.amount,
      contributed_on: input.contributedOn ?? localDateIn(viewer.timeZone),
      created_at: now,
    });
    await this.announce(membership.spaceId, goalId, now);
    return this.get(viewer, goalId);
  }

  async removeContribution(viewer: Viewer, goalId: string, id: string) {
    const { spaceId } = viewer.membership;
    if (!(await repo.deleteContribution(this.db, spaceId, goalId, id))) {
      throw new AppError('not_found');
    }
    await this.announce(spaceId, goalId, nowIso());
    return this.get(viewer, goalId);
  }

  private async get(viewer: Viewer, id: string) {
    const goal = (await this.list(viewer)).find((g) => g.id === id);
    if (!goal) throw new AppError('not_found');
    return goal;
  }

  private announce(spaceId: string, id: string, updatedAt: string) {
    return this.bus.publish({ kind: 'event', spaceId, event: eventOf('expense', id, updatedAt) });
  }
}
