import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Live speaker–listener sessions between two members and the summaries they keep of them;
 * conversation prompts asked in a space, each member's sealed answer and favourites, and the
 * space's own prompts. Frozen in time, like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const instant = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';

  await db.schema
    .createTable('live_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('starter_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('partner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('phase', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('timeout_until', instant)
    .addColumn('timeout_reminded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('live_sessions_space_idx')
    .on('live_sessions')
    .columns(['space_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('session_summaries')
    .addColumn('session_id', 'text', (c) =>
      c.notNull().references('live_sessions.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('session_summaries_pk', ['session_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('own_prompts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('deck', 'text', (c) => c.notNull())
    .addColumn('depth', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('prompt_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('deck', 'text', (c) => c.notNull())
    .addColumn('prompt_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('asked_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('asked_at', instant, (c) => c.notNull())
    .addColumn('completed_at', instant)
    .execute();
  await db.schema
    .createIndex('prompt_rounds_space_idx')
    .on('prompt_rounds')
    .columns(['space_id', 'asked_at'])
    .execute();

  await db.schema
    .createTable('prompt_answers')
    .addColumn('round_id', 'text', (c) =>
      c.notNull().references('prompt_rounds.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('answered_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('prompt_answers_pk', ['round_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('prompt_favourites')
    .addColumn('round_id', 'text', (c) =>
      c.notNull().references('prompt_rounds.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('prompt_favourites_pk', ['round_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('appreciations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('from_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('deliver_at', instant, (c) => c.notNull())
    .addColumn('delivered_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  // The delivery tick looks for notes whose time has come and that nobody announced yet.
  await db.schema
    .createIndex('appreciations_due_idx')
    .on('appreciations')
    .columns(['delivered_at', 'deliver_at'])
    .execute();
  await db.schema
    .createIndex('appreciations_space_idx')
    .on('appreciations')
    .columns(['space_id', 'deliver_at'])
    .execute();

  await db.schema
    .createTable('care_preferences')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('care_preferences_pk', ['space_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('silent', 'integer', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('read_at', instant)
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['user_id', 'space_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('notification_settings')
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('muted', 'text', (c) => c.notNull())
    .addColumn('quiet_from', 'text')
    .addColumn('quiet_to', 'text')
    .addColumn('updated_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_settings_pk', ['space_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('meeting_settings')
    .addColumn('space_id', 'text', (c) =>
      c.primaryKey().references('spaces.id').onDelete('cascade'),
    )
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('time', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('reminded_for', instant)
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('started_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('started_at', instant, (c) => c.notNull())
    .addColumn('ended_at', instant)
    .execute();
  await db.schema
    .createIndex('meetings_space_idx')
    .on('meetings')
    .columns(['space_id', 'started_at'])
    .execute();

  await db.schema
    .createTable('agenda_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('meeting_id', 'text', (c) => c.references('meetings.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', (c) => c.notNull().references('spaces.id').onDelete('cascade'))
    .addColumn('meeting_id', 'text', (c) =>
      c.notNull().references('meetings.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('due_on', 'text')
    .addColumn('done_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'action_items',
    'agenda_topics',
    'meetings',
    'meeting_settings',
    'notification_settings',
    'notifications',
    'care_preferences',
    'appreciations',
    'prompt_favourites',
    'prompt_answers',
    'prompt_rounds',
    'own_prompts',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable('session_summaries').execute();
  await db.schema.dropTable('live_sessions').execute();
}
