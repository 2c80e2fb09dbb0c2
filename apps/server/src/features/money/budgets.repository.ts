import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { AllowancesTable, BudgetsTable } from '../../db/schema';

export function listBudgets(db: Executor, spaceId: string) {
  return db
    .selectFrom('budgets')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('category')
    .execute();
}

export function saveBudget(db: Executor, row: BudgetsTable) {
  return db
    .insertInto('budgets')
    .values(row)
    .onConflict((c) =>
      c.columns(['space_id', 'category']).doUpdateSet({
        monthly_limit: row.monthly_limit,
        rollover: row.rollover,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export async function deleteBudget(db: Executor, spaceId: string, category: string) {
  const result = await db
    .deleteFrom('budgets')
    .where('space_id', '=', spaceId)
    .where('category', '=', category)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/**
 * What the household spent per category and month, from `fromDay` through `toDay`: shared and
 * amount-only expenses in one currency (private ones are personal; nothing is converted).
 */
export function spendingByCategoryAndMonth(
  db: Executor,
  spaceId: string,
  currency: string,
  fromDay: string,
  toDay: string,
) {
  const month = sql<string>`substr(spent_on, 1, 7)`;
  return db
    .selectFrom('expenses')
    .select(['category', month.as('month'), sql<number>`cast(sum(amount) as bigint)`.as('spent')])
    .where('space_id', '=', spaceId)
    .where('kind', '=', 'expense')
    .where('deleted_at', 'is', null)
    .where('privacy', '<>', 'private')
    .where('currency', '=', currency)
    .where('spent_on', '>=', fromDay)
    .where('spent_on', '<=', toDay)
    .groupBy(['category', month])
    .execute();
}

/** A member's own private spending in a month: what their allowance is for. */
export async function privateSpending(
  db: Executor,
  spaceId: string,
  userId: string,
  currency: string,
  month: string,
) {
  const row = await db
    .selectFrom('expenses')
    .select(sql<number>`cast(coalesce(sum(amount), 0) as bigint)`.as('spent'))
    .where('space_id', '=', spaceId)
    .where('kind', '=', 'expense')
    .where('deleted_at', 'is', null)
    .where('privacy', '=', 'private')
    .where('created_by', '=', userId)
    .where('currency', '=', currency)
    .where('spent_on', '>=', `${month}-01`)
    .where('spent_on', '<=', `${month}-31`)
    .executeTakeFirst();
  return Number(row?.spent ?? 0);
}

export function listAllowances(db: Executor, spaceId: string) {
  return db
    .selectFrom('allowances')
    .select(['user_id', 'monthly_amount'])
    .where('space_id', '=', spaceId)
    .execute();
}

export function saveAllowance(db: Executor, row: AllowancesTable) {
  return db
    .insertInto('allowances')
    .values(row)
    .onConflict((c) =>
      c.columns(['space_id', 'user_id']).doUpdateSet({
        monthly_amount: row.monthly_amount,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

export function deleteAllowance(db: Executor, spaceId: string, userId: string) {
  return db
    .deleteFrom('allowances')
    .where('space_id', '=', spaceId)
    .where('user_id', '=', userId)
    .execute();
}
