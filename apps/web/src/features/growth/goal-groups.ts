import type { GrowthGoal, Member } from '@tandem/shared';
import type { GoalStatus } from './growth-api';

const statusOrder: Record<GoalStatus, number> = { active: 0, paused: 1, done: 2 };

/** Active goals first, then paused, then done; within each, the newest first. */
function byStatusThenNewest(a: GrowthGoal, b: GrowthGoal): number {
  return statusOrder[a.status] - statusOrder[b.status] || b.createdAt.localeCompare(a.createdAt);
}

/**
 * My goals, and the others' shared ones. The server never sends another's private goal; the
 * filter on visibility is a second lock, not the first.
 */
export function groupGoals(goals: readonly GrowthGoal[], myId: string) {
  return {
    mine: goals.filter((goal) => goal.ownerId === myId).sort(byStatusThenNewest),
    theirs: goals
      .filter((goal) => goal.ownerId !== myId && goal.visibility === 'shared')
      .sort(byStatusThenNewest),
  };
}

/** The others in the space, by name, for "Share it with Sam". */
export const othersNames = (members: readonly Pick<Member, 'displayName' | 'isMe'>[]) =>
  members.filter((member) => !member.isMe).map((member) => member.displayName);

/** "2 of 5 steps done"; nothing to say when there are no steps. */
export function stepsDone(goal: Pick<GrowthGoal, 'steps'>): { done: number; total: number } {
  return { done: goal.steps.filter((step) => step.done).length, total: goal.steps.length };
}
