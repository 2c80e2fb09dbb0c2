import type { Executor } from '../../db/executor';
import type { GoalContributionsTable, SavingsGoalsTable } from '../../db/schema';

export type GoalRow = SavingsGoalsTable;
export type ContributionRow = GoalContributionsTable;

export function listGoals(db: Executor, spaceId: string) {
  return db
    .selectFrom('savings_goals')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function listContributions(db: Executor, spaceId: string) {
  return db
    .selectFrom('goal_contributions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('contributed_on')
    .orderBy('id')
    .execute();
}

export function insertGoal(db: Executor, row: GoalRow) {
  return db.insertInto('savings_goals').values(row).execute();
}

export async function updateGoal(
  db: Executor,
  spaceId: string,
  id: string,
  changes: Partial<Pick<GoalRow, 'name' | 'target' | 'target_on' | 'updated_at'>>,
) {
  const result = await db
    .updateTable('savings_goals')
    .set(changes)
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteGoal(db: Executor, spaceId: string, id: string) {
  const result = await db
    .deleteFrom('savings_goals')
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export function insertContribution(db: Executor, row: ContributionRow) {
  return db.insertInto('goal_contributions').values(row).execute();
}

export async function deleteContribution(
  db: Executor,
  spaceId: string,
  goalId: string,
  id: string,
) {
  const result = await db
    .deleteFrom('goal_contributions')
    .where('space_id', '=', spaceId)
    .where('goal_id', '=', goalId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
