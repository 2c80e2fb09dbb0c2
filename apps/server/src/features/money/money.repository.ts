import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type {
  ExpenseLinesTable,
  ExpenseRevisionsTable,
  ExpensesTable,
  MemberIncomesTable,
  MoneySettingsTable,
} from '../../db/schema';

export type ExpenseRow = ExpensesTable;
export type LineRow = ExpenseLinesTable;

export function findSettings(db: Executor, spaceId: string) {
  return db
    .selectFrom('money_settings')
    .selectAll()
    .where('space_id', '=', spaceId)
    .executeTakeFirst();
}

export function saveSettings(db: Executor, row: MoneySettingsTable) {
  return db
    .insertInto('money_settings')
    .values(row)
    .onConflict((c) =>
      c.column('space_id').doUpdateSet({
        currency: row.currency,
        default_split: row.default_split,
        category_splits: row.category_splits,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export function listIncomes(db: Executor, spaceId: string) {
  return db
    .selectFrom('member_incomes')
    .select(['user_id', 'monthly_amount', 'visibility'])
    .where('space_id', '=', spaceId)
    .execute();
}

export function saveIncome(db: Executor, row: MemberIncomesTable) {
  return db
    .insertInto('member_incomes')
    .values(row)
    .onConflict((c) =>
      c.columns(['space_id', 'user_id']).doUpdateSet({
        monthly_amount: row.monthly_amount,
        visibility: row.visibility,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export function deleteIncome(db: Executor, spaceId: string, userId: string) {
  return db
    .deleteFrom('member_incomes')
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .execute();
}

/** What a member may see of the ledger: everything but the others' private expenses. */
const visibleExpenses = (db: Executor, spaceId: string, viewerId: string, deleted = false) =>
  db
    .selectFrom('expenses')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('deleted_at', deleted ? 'is not' : 'is', null)
    .where((eb) => eb.or([eb('privacy', '<>', 'private'), eb('created_by', '=', viewerId)]));

export function findExpense(db: Executor, spaceId: string, id: string, viewerId: string) {
  return visibleExpenses(db, spaceId, viewerId).where('id', '=', id).executeTakeFirst();
}

/** A deleted expense, for its history. */
export function findDeletedExpense(db: Executor, spaceId: string, id: string, viewerId: string) {
  return visibleExpenses(db, spaceId, viewerId, true).where('id', '=', id).executeTakeFirst();
}

/** Newest day first, then newest id; `before` is the last (day, id) of the previous page. */
export function listExpenses(
  db: Executor,
  spaceId: string,
  viewerId: string,
  limit: number,
  before?: { spentOn: string; id: string },
) {
  let query = visibleExpenses(db, spaceId, viewerId);
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('spent_on', '<', before.spentOn),
        eb.and([eb('spent_on', '=', before.spentOn), eb('id', '<', before.id)]),
      ]),
    );
  }
  return query.orderBy('spent_on', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export function listLines(db: Executor, expenseIds: string[]) {
  if (expenseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('expense_lines')
    .select(['expense_id', 'user_id', 'paid', 'owed'])
    .where('expense_id', 'in', expenseIds)
    .orderBy('user_id')
    .execute();
}

/** False when a recurring expense already has its row for that date. */
export async function insertExpense(db: Executor, row: ExpenseRow, lines: LineRow[]) {
  const inserted = await db
    .insertInto('expenses')
    .values(row)
    .onConflict((c) => c.columns(['recurring_id', 'spent_on']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return false;
  await db.insertInto('expense_lines').values(lines).execute();
  return true;
}

export async function replaceExpense(db: Executor, row: ExpenseRow, lines: LineRow[]) {
  const { id, space_id, ...changes } = row;
  await db
    .updateTable('expenses')
    .set(changes)
    .where('space_id', '=', space_id)
    .where('id', '=', id)
    .execute();
  await db.deleteFrom('expense_lines').where('expense_id', '=', id).execute();
  await db.insertInto('expense_lines').values(lines).execute();
}

export function markDeleted(
  db: Executor,
  spaceId: string,
  id: string,
  userId: string,
  now: string,
) {
  return db
    .updateTable('expenses')
    .set({ deleted_at: now, updated_at: now, updated_by: userId })
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .execute();
}

export function insertRevision(db: Executor, row: ExpenseRevisionsTable) {
  return db.insertInto('expense_revisions').values(row).execute();
}

export function listRevisions(db: Executor, spaceId: string, expenseId: string) {
  return db
    .selectFrom('expense_revisions')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('expense_id', '=', expenseId)
    .orderBy('changed_at')
    .orderBy('id')
    .execute();
}

/**
 * Paid and owed per member and currency over the ledger that counts between members: private
 * expenses are personal spending and count for nobody else. Summed in the database.
 */
export function sumLines(db: Executor, spaceId: string) {
  return db
    .selectFrom('expense_lines as l')
    .innerJoin('expenses as e', 'e.id', 'l.expense_id')
    .select([
      'e.currency',
      'l.user_id',
      sql<number>`cast(sum(l.paid) as bigint)`.as('paid'),
      sql<number>`cast(sum(l.owed) as bigint)`.as('owed'),
    ])
    .where('l.space_id', '=', spaceId)
    .where('e.deleted_at', 'is', null)
    .where('e.privacy', '<>', 'private')
    .groupBy(['e.currency', 'l.user_id'])
    .orderBy('e.currency')
    .orderBy('l.user_id')
    .execute();
}

/** What an import is compared with for duplicates: the ledger the importer can see. */
export async function listForDuplicates(db: Executor, spaceId: string, viewerId: string) {
  const rows = await visibleExpenses(db, spaceId, viewerId)
    .clearSelect()
    .select(['id', 'spent_on', 'amount', 'description', 'privacy', 'created_by'])
    .where('kind', '=', 'expense')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    spentOn: row.spent_on,
    amount: Number(row.amount),
    // Another's amount-only description must not be matched against: that would reveal it.
    description: row.privacy === 'shared' || row.created_by === viewerId ? row.description : null,
  }));
}

/** Everything the viewer may see of the ledger, oldest first, with its lines: for an export. */
export async function listAllVisible(db: Executor, spaceId: string, viewerId: string) {
  return visibleExpenses(db, spaceId, viewerId).orderBy('spent_on').orderBy('id').execute();
}

/** Each member's part of the shared costs per month, in one currency: for the insights. */
export function owedByMonth(db: Executor, spaceId: string, currency: string, fromDay: string) {
  const month = sql<string>`substr(e.spent_on, 1, 7)`;
  return db
    .selectFrom('expense_lines as l')
    .innerJoin('expenses as e', 'e.id', 'l.expense_id')
    .select([month.as('month'), 'l.user_id', sql<number>`cast(sum(l.owed) as bigint)`.as('owed')])
    .where('l.space_id', '=', spaceId)
    .where('e.kind', '=', 'expense')
    .where('e.deleted_at', 'is', null)
    .where('e.privacy', '<>', 'private')
    .where('e.currency', '=', currency)
    .where('e.spent_on', '>=', fromDay)
    .groupBy([month, 'l.user_id'])
    .execute();
}
