import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Household responsibilities with their mental-load stages, each member's private rating of
 * them, and what each member can give the home. Frozen in time, like every migration.
 */
// Kysely<any>: a migration sees the schema as it was then, not the application's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const instant = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';

  await db.schema
    .createTable('responsibilities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('done_well', 'text')
    .addColumn('rrule', 'text')
    .addColumn('schedule_from', 'text', (c) =>
      c.notNull().check(sql`schedule_from in ('due', 'completion')`),
    )
    .addColumn('notice_minutes', 'integer', (c) => c.notNull().check(sql`notice_minutes >= 0`))
    .addColumn('plan_minutes', 'integer', (c) => c.notNull().check(sql`plan_minutes >= 0`))
    .addColumn('do_minutes', 'integer', (c) => c.notNull().check(sql`do_minutes >= 0`))
    .addColumn('starter_key', 'text')
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('pinned_to', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addUniqueConstraint('responsibilities_starter_once', ['space_id', 'starter_key'])
    .execute();
  await db.schema
    .createIndex('responsibilities_space_idx')
    .on('responsibilities')
    .column('space_id')
    .execute();

  await db.schema
    .createTable('responsibility_ratings')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('responsibility_id', 'text', (c) =>
      c.notNull().references('responsibilities.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('rating', 'text', (c) =>
      c.notNull().check(sql`rating in ('love', 'fine', 'dislike', 'cant')`),
    )
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('responsibility_ratings_pk', ['responsibility_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('responsibility_ratings_space_idx')
    .on('responsibility_ratings')
    .columns(['space_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('responsibility_completions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('responsibility_id', 'text', (c) =>
      c.notNull().references('responsibilities.id').onDelete('cascade'),
    )
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('done', 'skipped')`))
    .addColumn('done_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('done_at', instant, (c) => c.notNull())
    .addColumn('actual_minutes', 'integer', (c) => c.check(sql`actual_minutes between 0 and 1440`))
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('responsibility_completions_space_done_idx')
    .on('responsibility_completions')
    .columns(['space_id', 'done_at'])
    .execute();

  await db.schema
    .createTable('home_availability')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('minutes_per_week', 'integer', (c) => c.notNull().check(sql`minutes_per_week > 0`))
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('home_availability_pk', ['space_id', 'user_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'home_availability',
    'responsibility_completions',
    'responsibility_ratings',
    'responsibilities',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
