import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The shared ledger: expenses and settlements with who paid and whose share each one is, their
 * history, each member's income and the space's money settings. Amounts are integer minor
 * units (bigint). Frozen in time, like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const instant = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';

  await db.schema
    .createTable('money_settings')
    .addColumn('space_id', 'text', (c) =>
      c.primaryKey().references('spaces.id').onDelete('cascade'),
    )
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('default_split', 'text', (c) => c.notNull())
    .addColumn('category_splits', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('member_incomes')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('monthly_amount', 'bigint', (c) => c.notNull().check(sql`monthly_amount > 0`))
    .addColumn('visibility', 'text', (c) =>
      c.notNull().check(sql`visibility in ('shared', 'private')`),
    )
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('member_incomes_pk', ['space_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('recurring_expenses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('privacy', 'text', (c) =>
      c.notNull().check(sql`privacy in ('shared', 'amount_only', 'private')`),
    )
    .addColumn('rrule', 'text', (c) => c.notNull())
    .addColumn('first_on', 'text', (c) => c.notNull())
    .addColumn('created_through', 'text')
    .addColumn('ended', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  // Every read of the ledger checks its space's recurring expenses for dates come round.
  await db.schema
    .createIndex('recurring_expenses_space_idx')
    .on('recurring_expenses')
    .column('space_id')
    .execute();

  await db.schema
    .createTable('budgets')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('monthly_limit', 'bigint', (c) => c.notNull().check(sql`monthly_limit > 0`))
    .addColumn('rollover', 'integer', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('budgets_pk', ['space_id', 'category'])
    .execute();

  await db.schema
    .createTable('allowances')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('monthly_amount', 'bigint', (c) => c.notNull().check(sql`monthly_amount > 0`))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('allowances_pk', ['space_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('savings_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('target', 'bigint', (c) => c.notNull().check(sql`target > 0`))
    .addColumn('target_on', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('goal_contributions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) =>
      c.notNull().references('savings_goals.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('contributed_on', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('goal_contributions_goal_idx')
    .on('goal_contributions')
    .columns(['goal_id', 'contributed_on'])
    .execute();

  await db.schema
    .createTable('expenses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('expense', 'settlement')`))
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('spent_on', 'text', (c) => c.notNull())
    .addColumn('privacy', 'text', (c) =>
      c.notNull().check(sql`privacy in ('shared', 'amount_only', 'private')`),
    )
    .addColumn('split', 'text')
    .addColumn('paid_amount', 'bigint')
    .addColumn('paid_currency', 'text')
    .addColumn('recurring_id', 'text', (c) =>
      c.references('recurring_expenses.id').onDelete('set null'),
    )
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addColumn('deleted_at', instant)
    .execute();
  // A recurring expense is created once per date, even when two requests race to create it.
  await db.schema
    .createIndex('expenses_recurring_date_idx')
    .on('expenses')
    .columns(['recurring_id', 'spent_on'])
    .unique()
    .execute();
  // The ledger's pages: newest day first, within a space.
  await db.schema
    .createIndex('expenses_space_spent_idx')
    .on('expenses')
    .columns(['space_id', 'spent_on', 'id'])
    .execute();

  // Who paid and whose share, per member: balances are sums over this table.
  await db.schema
    .createTable('expense_lines')
    .addColumn('expense_id', 'text', (c) =>
      c.notNull().references('expenses.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('paid', 'bigint', (c) => c.notNull())
    .addColumn('owed', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('expense_lines_pk', ['expense_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('expense_lines_space_idx')
    .on('expense_lines')
    .column('space_id')
    .execute();

  await db.schema
    .createTable('expense_revisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('expense_id', 'text', (c) =>
      c.notNull().references('expenses.id').onDelete('cascade'),
    )
    .addColumn('action', 'text', (c) =>
      c.notNull().check(sql`action in ('created', 'edited', 'deleted')`),
    )
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('changed_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('expense_revisions_expense_idx')
    .on('expense_revisions')
    .columns(['expense_id', 'changed_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'expense_revisions',
    'expense_lines',
    'expenses',
    'goal_contributions',
    'savings_goals',
    'allowances',
    'budgets',
    'recurring_expenses',
    'member_incomes',
    'money_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
