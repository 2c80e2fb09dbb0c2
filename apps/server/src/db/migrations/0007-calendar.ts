import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * The space's calendar: events with who takes part, each member's wished weekly balance, and
 * each member's secret calendar feed. Frozen in time, like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const instant = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';
  const space = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('spaces.id').onDelete('cascade');
  const user = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('users.id').onDelete('cascade');

  await db.schema
    .createTable('calendar_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('all_day', 'integer', (c) => c.notNull())
    .addColumn('start_local', 'text', (c) => c.notNull())
    .addColumn('end_local', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('rrule', 'text')
    .addColumn('exdates', 'text', (c) => c.notNull())
    .addColumn('protected', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', user)
    // The UID of an imported event: importing the same file again updates rather than doubles.
    .addColumn('import_uid', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('calendar_events_space_idx')
    .on('calendar_events')
    .column('space_id')
    .execute();
  await db.schema
    .createIndex('calendar_events_import_idx')
    .on('calendar_events')
    .columns(['space_id', 'created_by', 'import_uid'])
    .unique()
    .execute();

  await db.schema
    .createTable('calendar_event_participants')
    .addColumn('event_id', 'text', (c) =>
      c.notNull().references('calendar_events.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    .addPrimaryKeyConstraint('calendar_event_participants_pk', ['event_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('balance_wishes')
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    .addColumn('minutes', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('balance_wishes_pk', ['space_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('calendar_feeds')
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    // Only the SHA-256 of the secret in the address is kept, like session tokens.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_feeds_pk', ['space_id', 'user_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'calendar_feeds',
    'balance_wishes',
    'calendar_event_participants',
    'calendar_events',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
