import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Personal growth: each member's goals with steps and notes, and monthly reflections. Frozen in
 * time, like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const instant = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';
  const space = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('spaces.id').onDelete('cascade');
  const user = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('users.id').onDelete('cascade');
  const goal = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('growth_goals.id').onDelete('cascade');

  await db.schema
    .createTable('growth_goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('owner_id', 'text', user)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('how_to_help', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('growth_goals_space_idx')
    .on('growth_goals')
    .columns(['space_id', 'owner_id'])
    .execute();

  await db.schema
    .createTable('growth_steps')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', goal)
    .addColumn('space_id', 'text', space)
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('done_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('growth_steps_goal_idx')
    .on('growth_steps')
    .column('goal_id')
    .execute();

  await db.schema
    .createTable('growth_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('goal_id', 'text', goal)
    .addColumn('space_id', 'text', space)
    .addColumn('author_id', 'text', user)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('growth_notes_goal_idx')
    .on('growth_notes')
    .column('goal_id')
    .execute();

  await db.schema
    .createTable('growth_reflections')
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('growth_reflections_pk', ['space_id', 'user_id', 'month'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['growth_reflections', 'growth_notes', 'growth_steps', 'growth_goals']) {
    await db.schema.dropTable(table).execute();
  }
}
