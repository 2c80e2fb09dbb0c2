import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Decisions made together (options, each member's sealed ballot, the choice and its review)
 * and conflict topics (participants, sealed perspectives, ideas, an agreement, follow-ups)
 * with repair attempts. Frozen in time, like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const instant = db.getExecutor().adapter instanceof PostgresAdapter ? 'timestamptz' : 'text';
  const space = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('spaces.id').onDelete('cascade');
  const user = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('users.id').onDelete('cascade');

  await db.schema
    .createTable('decision_settings')
    .addColumn('space_id', 'text', (c) =>
      c.primaryKey().references('spaces.id').onDelete('cascade'),
    )
    .addColumn('vetoes_per_month', 'integer', (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text', user)
    .addColumn('deadline_on', 'text')
    .addColumn('deadline_at', instant)
    .addColumn('deadline_reminded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revealed_at', instant)
    .addColumn('decided_at', instant)
    .addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('chosen_option_id', 'text')
    .addColumn('why', 'text')
    .addColumn('review_on', 'text')
    .addColumn('review_at', instant)
    .addColumn('review_reminded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('link_kind', 'text')
    .addColumn('link_ref', 'text')
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decisions_space_idx')
    .on('decisions')
    .columns(['space_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('decision_options')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('decision_id', 'text', (c) =>
      c.notNull().references('decisions.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', space)
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('status_quo', 'integer', (c) => c.notNull())
    .addColumn('added_by', 'text', user)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('decision_options_decision_idx')
    .on('decision_options')
    .column('decision_id')
    .execute();

  await db.schema
    .createTable('decision_scores')
    .addColumn('option_id', 'text', (c) =>
      c.notNull().references('decision_options.id').onDelete('cascade'),
    )
    .addColumn('decision_id', 'text', (c) =>
      c.notNull().references('decisions.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('veto', 'integer', (c) => c.notNull())
    .addColumn('could_live_with', 'integer', (c) => c.notNull())
    // When the dealbreaker was first used: the monthly allowance counts these.
    .addColumn('vetoed_at', instant)
    .addColumn('scored_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_scores_pk', ['option_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('decision_scores_decision_idx')
    .on('decision_scores')
    .column('decision_id')
    .execute();
  await db.schema
    .createIndex('decision_scores_vetoes_idx')
    .on('decision_scores')
    .columns(['space_id', 'user_id', 'vetoed_at'])
    .execute();

  await db.schema
    .createTable('decision_reviews')
    .addColumn('decision_id', 'text', (c) =>
      c.notNull().references('decisions.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    .addColumn('verdict', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('answered_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('decision_reviews_pk', ['decision_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('conflict_topics')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('raised_by', 'text', user)
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('paused_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('paused_at', instant)
    .addColumn('paused_until', instant)
    .addColumn('pause_reminded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('revealed_at', instant)
    .addColumn('proposed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('check_on', 'text')
    .addColumn('check_at', instant)
    .addColumn('check_reminded', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('agreed_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conflict_topics_space_idx')
    .on('conflict_topics')
    .columns(['space_id', 'created_at'])
    .execute();

  const perTopic = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('topic_id', 'text', (c) =>
        c.notNull().references('conflict_topics.id').onDelete('cascade'),
      )
      .addColumn('space_id', 'text', space)
      .addColumn('user_id', 'text', user);

  await perTopic('conflict_participants')
    .addPrimaryKeyConstraint('conflict_participants_pk', ['topic_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('conflict_participants_user_idx')
    .on('conflict_participants')
    .columns(['space_id', 'user_id'])
    .execute();

  await perTopic('conflict_perspectives')
    .addColumn('happened', 'text', (c) => c.notNull())
    .addColumn('felt', 'text', (c) => c.notNull())
    .addColumn('need', 'text', (c) => c.notNull())
    .addColumn('my_part', 'text', (c) => c.notNull())
    .addColumn('written_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('conflict_perspectives_pk', ['topic_id', 'user_id'])
    .execute();

  await perTopic('conflict_consents')
    .addColumn('agreed_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('conflict_consents_pk', ['topic_id', 'user_id'])
    .execute();

  await perTopic('conflict_follow_ups')
    .addColumn('held', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('answered_at', instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('conflict_follow_ups_pk', ['topic_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('conflict_ideas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) =>
      c.notNull().references('conflict_topics.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', space)
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', user)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conflict_agreement_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('topic_id', 'text', (c) =>
      c.notNull().references('conflict_topics.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', space)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', user)
    .addColumn('link_kind', 'text')
    .addColumn('link_ref', 'text')
    .execute();

  await db.schema
    .createTable('repair_attempts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    .addColumn('topic_id', 'text', (c) => c.references('conflict_topics.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('repair_attempts_space_idx')
    .on('repair_attempts')
    .columns(['space_id', 'created_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'repair_attempts',
    'conflict_agreement_items',
    'conflict_ideas',
    'conflict_follow_ups',
    'conflict_consents',
    'conflict_perspectives',
    'conflict_participants',
    'conflict_topics',
    'decision_reviews',
    'decision_scores',
    'decision_options',
    'decisions',
    'decision_settings',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
