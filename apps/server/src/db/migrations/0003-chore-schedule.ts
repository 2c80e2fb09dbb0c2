import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Living with the shares: when each responsibility is first due, stages split off to another
 * member, which occurrence a log entry closes, per-occurrence snoozes and hand-offs, and how
 * often the household reviews its shares. Frozen in time, like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const instant = postgres ? 'timestamptz' : 'text';

  await db.schema
    .alterTable('responsibilities')
    .addColumn('first_due_on', 'text', (c) => c.notNull().defaultTo('1970-01-01'))
    .execute();
  await db
    .updateTable('responsibilities')
    .set({
      first_due_on: postgres
        ? sql`to_char(created_at at time zone 'UTC', 'YYYY-MM-DD')`
        : sql`substr(created_at, 1, 10)`,
    })
    .execute();
  for (const stage of ['notice', 'plan']) {
    await db.schema
      .alterTable('responsibilities')
      .addColumn(`${stage}_owner_id`, 'text', (c) => c.references('users.id').onDelete('set null'))
      .execute();
  }

  await db.schema.alterTable('responsibility_completions').addColumn('due_on', 'text').execute();
  // One entry closes an occurrence: two partners ticking it off at once cannot both succeed.
  await db.schema
    .createIndex('responsibility_completions_occurrence_idx')
    .on('responsibility_completions')
    .columns(['responsibility_id', 'due_on'])
    .unique()
    .execute();

  await db.schema
    .createTable('chore_occurrences')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('responsibility_id', 'text', (c) =>
      c.notNull().references('responsibilities.id').onDelete('cascade'),
    )
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('snoozed_until', 'text')
    .addColumn('handoff_from', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('handoff_to', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('handoff_status', 'text', (c) =>
      c.check(sql`handoff_status in ('asked', 'accepted', 'declined')`),
    )
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('chore_occurrences_pk', ['responsibility_id', 'due_on'])
    .execute();
  await db.schema
    .createIndex('chore_occurrences_space_idx')
    .on('chore_occurrences')
    .columns(['space_id', 'due_on'])
    .execute();

  await db.schema
    .createTable('chore_settings')
    .addColumn('space_id', 'text', (c) =>
      c.primaryKey().references('spaces.id').onDelete('cascade'),
    )
    .addColumn('review_every_months', 'integer', (c) =>
      c.notNull().check(sql`review_every_months between 0 and 12`),
    )
    .addColumn('last_reviewed_on', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('chore_settings').execute();
  await db.schema.dropTable('chore_occurrences').execute();
  await db.schema.dropIndex('responsibility_completions_occurrence_idx').execute();
  await db.schema.alterTable('responsibility_completions').dropColumn('due_on').execute();
  for (const column of ['plan_owner_id', 'notice_owner_id', 'first_due_on']) {
    await db.schema.alterTable('responsibilities').dropColumn(column).execute();
  }
}
