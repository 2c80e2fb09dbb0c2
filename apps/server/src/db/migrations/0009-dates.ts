import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Dates: the couple's own date ideas, planned dates with each one's answer, and memories of them
 * (a note and optionally a photo, whose file lives under DATA_DIR). Frozen in time, like every
 * migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const instant = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';
  const space = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('spaces.id').onDelete('cascade');
  const user = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('users.id').onDelete('cascade');
  const plannedDate = (c: ColumnDefinitionBuilder) =>
    c.references('planned_dates.id').onDelete('cascade');

  await db.schema
    .createTable('date_ideas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('created_by', 'text', user)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('setting', 'text', (c) => c.notNull())
    .addColumn('cost', 'text', (c) => c.notNull())
    .addColumn('duration', 'text', (c) => c.notNull())
    .addColumn('energy', 'text', (c) => c.notNull())
    .addColumn('seasons', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('date_ideas_space_idx').on('date_ideas').column('space_id').execute();

  await db.schema
    .createTable('planned_dates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('planned_by', 'text', user)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('idea_key', 'text')
    .addColumn('idea_id', 'text', (c) => c.references('date_ideas.id').onDelete('set null'))
    .addColumn('start_local', 'text', (c) => c.notNull())
    .addColumn('end_local', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('start_at', instant, (c) => c.notNull())
    .addColumn('end_at', instant, (c) => c.notNull())
    .addColumn('cancelled_at', instant)
    .addColumn('suggested_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('suggestion_note', 'text', (c) => c.notNull())
    .addColumn('memory_asked_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('planned_dates_space_idx')
    .on('planned_dates')
    .columns(['space_id', 'start_at'])
    .execute();
  await db.schema
    .createIndex('planned_dates_ended_idx')
    .on('planned_dates')
    .columns(['memory_asked_at', 'end_at'])
    .execute();

  // While a date goes ahead it stands on the calendar as an event that follows it: changed,
  // shown and hidden through the date, never edited as an ordinary event.
  await db.schema
    .alterTable('calendar_events')
    .addColumn('date_id', 'text', (c) => c.references('planned_dates.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('calendar_events_date_idx')
    .on('calendar_events')
    .column('date_id')
    .execute();

  await db.schema
    .createTable('planned_date_participants')
    .addColumn('date_id', 'text', (c) => plannedDate(c).notNull())
    .addColumn('user_id', 'text', user)
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('answered_at', instant)
    .addPrimaryKeyConstraint('planned_date_participants_pk', ['date_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('date_memories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('date_id', 'text', plannedDate)
    .addColumn('author_id', 'text', user)
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('photo_id', 'text')
    .addColumn('photo_type', 'text')
    .addColumn('photo_width', 'integer')
    .addColumn('photo_height', 'integer')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('date_memories_space_idx')
    .on('date_memories')
    .columns(['space_id', 'day'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('calendar_events_date_idx').execute();
  await db.schema.alterTable('calendar_events').dropColumn('date_id').execute();
  for (const table of [
    'date_memories',
    'planned_date_participants',
    'planned_dates',
    'date_ideas',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
