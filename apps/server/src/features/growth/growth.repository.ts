import type { Executor } from '../../db/executor';
import type {
  GrowthGoalsTable,
  GrowthNotesTable,
  GrowthReflectionsTable,
  GrowthStepsTable,
} from '../../db/schema';

export type GoalRow = GrowthGoalsTable;

/** The goals `viewerId` may see: all of their own, and the others' shared ones. */
export function listVisibleGoals(db: Executor, spaceId: string, viewerId: string) {
  return db
    .selectFrom('growth_goals')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('owner_id', '=', viewerId), eb('visibility', '=', 'shared')]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export function findVisibleGoal(db: Executor, spaceId: string, id: string, viewerId: string) {
  return db
    .selectFrom('growth_goals')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('owner_id', '=', viewerId), eb('visibility', '=', 'shared')]))
    .executeTakeFirst();
}

export function insertGoal(db: Executor, row: GoalRow) {
  return db.insertInto('growth_goals').values(row).execute();
}

export function updateGoal(db: Executor, id: string, changes: Partial<GoalRow>) {
  return db.updateTable('growth_goals').set(changes).where('id', '=', id).execute();
}

export function deleteGoal(db: Executor, id: string) {
  return db.deleteFrom('growth_goals').where('id', '=', id).execute();
}

export function insertSteps(db: Executor, rows: GrowthStepsTable[]) {
  if (rows.length === 0) return Promise.resolve();
  return db.insertInto('growth_steps').values(rows).execute();
}

export async function setStepDone(db: Executor, goalId: string, stepId: string, at: string | null) {
  const result = await db
    .updateTable('growth_steps')
    .set({ done_at: at })
    .where('goal_id', '=', goalId)
    .where('id', '=', stepId)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function insertNote(db: Executor, row: GrowthNotesTable) {
  return db.insertInto('growth_notes').values(row).execute();
}

export async function detailsOf(db: Executor, goalIds: string[]) {
  const ids = goalIds.length > 0 ? goalIds : [''];
  const [steps, notes] = await Promise.all([
    db
      .selectFrom('growth_steps')
      .selectAll()
      .where('goal_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('growth_notes')
      .selectAll()
      .where('goal_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return { steps, notes };
}

/** Reflections `viewerId` may read: their own, and the others' shared ones. */
export function listReflections(db: Executor, spaceId: string, viewerId: string) {
  return db
    .selectFrom('growth_reflections')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('user_id', '=', viewerId), eb('shared', '=', 1)]))
    .orderBy('month', 'desc')
    .orderBy('user_id')
    .limit(200)
    .execute();
}

export function saveReflection(db: Executor, row: GrowthReflectionsTable) {
  return db
    .insertInto('growth_reflections')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['space_id', 'user_id', 'month'])
        .doUpdateSet({ text: row.text, shared: row.shared, updated_at: row.updated_at }),
    )
    .execute();
}
