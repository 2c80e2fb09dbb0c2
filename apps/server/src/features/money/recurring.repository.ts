import type { Executor } from '../../db/executor';
import type { RecurringExpensesTable } from '../../db/schema';

export type RecurringRow = RecurringExpensesTable;

/** The space's recurring expenses the viewer may see: not the others' private ones. */
export function listRecurring(db: Executor, spaceId: string, viewerId: string) {
  return db
    .selectFrom('recurring_expenses')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('privacy', '<>', 'private'), eb('created_by', '=', viewerId)]))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The ones with dates still to create, everyone's: each member's own expenses come due. */
export function listDue(db: Executor, spaceId: string, today: string) {
  return db
    .selectFrom('recurring_expenses')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('ended', '=', 0)
    .where((eb) => eb.or([eb('created_through', 'is', null), eb('created_through', '<', today)]))
    .execute();
}

export function insertRecurring(db: Executor, row: RecurringRow) {
  return db.insertInto('recurring_expenses').values(row).execute();
}

export function updateRecurring(
  db: Executor,
  spaceId: string,
  id: string,
  changes: Partial<Pick<RecurringRow, 'template' | 'created_through' | 'ended' | 'updated_at'>>,
) {
  return db
    .updateTable('recurring_expenses')
    .set(changes)
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .execute();
}

export function deleteRecurring(db: Executor, spaceId: string, id: string) {
  return db
    .deleteFrom('recurring_expenses')
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .execute();
}
