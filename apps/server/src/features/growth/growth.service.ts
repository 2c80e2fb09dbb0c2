import {
  addDays,
  localDateIn,
  type GrowthGoal,
  type growthGoalBody,
  type updateGrowthGoalBody,
} from '@tandem/shared';
import type { z } from 'zod';
import { newId, nowIso, type Executor } from '../../db/executor';
import { AppError, invalidField } from '../../http/app-error';
import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { NotificationsService } from '../connection/notifications.service';
import type { Membership } from '../spaces/spaces.repository';
import type { Viewer } from '../spaces/viewer';
import * as repo from './growth.repository';

/**
 * Each member's own goals and reflections. A private goal is its owner's alone — not found by
 * anyone else, and its events go to its owner only; a shared one shows the others how they can
 * help, and takes their encouragement. Nothing is scored and nothing nags.
 */
export class GrowthService {
  constructor(
    private readonly db: Executor,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
  ) {}

  async list(membership: Membership): Promise<GrowthGoal[]> {
    const rows = await repo.listVisibleGoals(this.db, membership.spaceId, membership.userId);
    return this.present(membership, rows);
  }

  async get(membership: Membership, id: string): Promise<GrowthGoal> {
    return (await this.present(membership, [await this.find(membership, id)]))[0]!;
  }

  async create(membership: Membership, input: z.output<typeof growthGoalBody>) {
    const now = nowIso();
    const row: repo.GoalRow = {
      id: newId(),
      space_id: membership.spaceId,
      owner_id: membership.userId,
      title: input.title,
      why: input.why ?? '',
      visibility: input.visibility,
      how_to_help: input.howToHelp ?? '',
      status: 'active',
      created_at: now,
      updated_at: now,
    };
    await this.db.transaction().execute(async (trx) => {
      await repo.insertGoal(trx, row);
      await repo.insertSteps(
        trx,
        (input.steps ?? []).map((text) => ({
          id: newId(),
          goal_id: row.id,
          space_id: membership.spaceId,
          text,
          done_at: null,
          created_at: now,
        })),
      );
    });
    await this.announce(row, now);
    return this.get(membership, row.id);
  }

  async update(membership: Membership, id: string, input: z.output<typeof updateGrowthGoalBody>) {
    const before = await this.ownGoal(membership, id);
    const now = nowIso();
    await repo.updateGoal(this.db, id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.why !== undefined ? { why: input.why } : {}),
      ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
      ...(input.howToHelp !== undefined ? { how_to_help: input.howToHelp } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      updated_at: now,
    });
    // Shared before or after: everyone's screens change (one made private drops off theirs).
    const after = input.visibility ?? before.visibility;
    const seenByAll = before.visibility === 'shared' || after === 'shared';
    await this.announce({ ...before, visibility: seenByAll ? 'shared' : 'private' }, now);
    return this.get(membership, id);
  }

  async remove(membership: Membership, id: string) {
    const goal = await this.ownGoal(membership, id);
    await repo.deleteGoal(this.db, id);
    await this.announce(goal, nowIso());
  }

  async addStep(membership: Membership, id: string, text: string) {
    const goal = await this.ownGoal(membership, id);
    const now = nowIso();
    await repo.insertSteps(this.db, [
      {
        id: newId(),
        goal_id: id,
        space_id: membership.spaceId,
        text,
        done_at: null,
        created_at: now,
      },
    ]);
    await this.touch(goal, now);
    return this.get(membership, id);
  }

  async markStep(membership: Membership, id: string, stepId: string, done: boolean) {
    const goal = await this.ownGoal(membership, id);
    const now = nowIso();
    if (!(await repo.setStepDone(this.db, id, stepId, done ? now : null))) {
      throw new AppError('not_found');
    }
    await this.touch(goal, now);
    return this.get(membership, id);
  }

  /** The owner's note is progress; anyone else's, on a shared goal, is encouragement. */
  async addNote(membership: Membership, id: string, text: string) {
    const goal = await this.find(membership, id);
    const mine = goal.owner_id === membership.userId;
    const now = nowIso();
    await repo.insertNote(this.db, {
      id: newId(),
      goal_id: id,
      space_id: membership.spaceId,
      author_id: membership.userId,
      kind: mine ? 'progress' : 'encouragement',
      text,
      created_at: now,
    });
    await this.touch(goal, now);
    if (!mine) await this.notifications.notify(membership.spaceId, [goal.owner_id], 'growth', id);
    return this.get(membership, id);
  }

  async reflections(viewer: Viewer) {
    const rows = await repo.listReflections(
      this.db,
      viewer.membership.spaceId,
      viewer.membership.userId,
    );
    return {
      month: monthIn(viewer.timeZone),
      items: rows
        .filter((row) => viewer.membership.memberIds.includes(row.user_id))
        .map((row) => ({
          userId: row.user_id,
          month: row.month,
          text: row.text,
          shared: row.shared === 1,
          updatedAt: row.updated_at,
        })),
    };
  }

  /** This month's reflection, or last month's while it is still fresh in mind. */
  async reflect(viewer: Viewer, month: string, input: { text: string; shared: boolean }) {
    const now = monthIn(viewer.timeZone);
    const last = monthIn(viewer.timeZone, -1);
    if (month !== now && month !== last) {
      throw invalidField('month', 'Reflect on this month or last month.');
    }
    const at = nowIso();
    await repo.saveReflection(this.db, {
      space_id: viewer.membership.spaceId,
      user_id: viewer.membership.userId,
      month,
      text: input.text,
      shared: input.shared ? 1 : 0,
      updated_at: at,
    });
    await this.bus.publish({
      kind: 'event',
      spaceId: viewer.membership.spaceId,
      event: eventOf('growth', viewer.membership.userId, at),
      ...(input.shared ? {} : { onlyTo: viewer.membership.userId }),
    });
    return this.reflections(viewer);
  }

  private async find(membership: Membership, id: string) {
    const row = await repo.findVisibleGoal(this.db, membership.spaceId, id, membership.userId);
    if (!row) throw new AppError('not_found');
    return row;
  }

  private async ownGoal(membership: Membership, id: string) {
    const row = await this.find(membership, id);
    if (row.owner_id !== membership.userId) throw new AppError('forbidden');
    return row;
  }

  private async touch(goal: repo.GoalRow, now: string) {
    await repo.updateGoal(this.db, goal.id, { updated_at: now });
    await this.announce(goal, now);
  }

  private async present(membership: Membership, rows: repo.GoalRow[]): Promise<GrowthGoal[]> {
    const { steps, notes } = await repo.detailsOf(
      this.db,
      rows.map((r) => r.id),
    );
    return rows.map((row) => {
      const mine = row.owner_id === membership.userId;
      return {
        id: row.id,
        ownerId: row.owner_id,
        title: row.title,
        why: row.why,
        visibility: row.visibility as 'private' | 'shared',
        howToHelp: row.how_to_help,
        status: row.status as 'active' | 'paused' | 'done',
        steps: steps
          .filter((s) => s.goal_id === row.id)
          .map((s) => ({ id: s.id, text: s.text, done: s.done_at !== null })),
        notes: notes
          .filter((n) => n.goal_id === row.id)
          .map((n) => ({
            id: n.id,
            authorId: n.author_id,
            kind: n.kind as 'progress' | 'encouragement',
            text: n.text,
            createdAt: n.created_at,
          })),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        capabilities: { canEdit: mine, canEncourage: !mine && row.visibility === 'shared' },
      };
    });
  }

  /** A private goal's events reach its owner only. */
  private announce(
    goal: Pick<repo.GoalRow, 'id' | 'space_id' | 'owner_id' | 'visibility'>,
    at: string,
  ) {
    return this.bus.publish({
      kind: 'event',
      spaceId: goal.space_id,
      event: eventOf('growth', goal.id, at),
      ...(goal.visibility === 'shared' ? {} : { onlyTo: goal.owner_id }),
    });
  }
}

/** YYYY-MM of today in `timeZone`, or of a month before or after it. */
function monthIn(timeZone: string, offset = 0): string {
  const today = localDateIn(timeZone);
  if (offset === 0) return today.slice(0, 7);
  // The first of this month, stepped back past the month's start.
  return addDays(`${today.slice(0, 7)}-01`, offset < 0 ? -1 : 32).slice(0, 7);
}
