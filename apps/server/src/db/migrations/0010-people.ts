import { PostgresAdapter, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * The people around us: who matters to each of us and to us both, the contacts and meet-ups
 * logged with them, and professional support (contacts and session notes). Frozen in time,
 * like every migration.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const isPostgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const instant = isPostgres ? 'timestamptz' : 'text';
  const day = isPostgres ? 'date' : 'text';
  const space = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('spaces.id').onDelete('cascade');
  const user = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('users.id').onDelete('cascade');

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    // A member's own person, or null for one who matters to all of us.
    .addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('every_days', 'integer')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('private', 'integer', (c) => c.notNull())
    .addColumn('added_on', day, (c) => c.notNull())
    // Kept with the row (the latest logged day) so the reminder tick needs no aggregate.
    .addColumn('last_contact_on', day)
    // The first day the time since is longer than wished; null without a wish or when archived.
    .addColumn('remind_on', day)
    // The day the overdue stretch already reminded of began (the last contact, or the adding).
    .addColumn('reminded_since', day)
    .addColumn('archived_at', instant)
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('people_space_idx')
    .on('people')
    .columns(['space_id', 'owner_id'])
    .execute();
  await db.schema.createIndex('people_remind_idx').on('people').column('remind_on').execute();

  await db.schema
    .createTable('person_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', day, (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('logged_by', 'text', user)
    .addColumn('created_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('person_contacts_person_idx')
    .on('person_contacts')
    .columns(['person_id', 'date'])
    .execute();
  await db.schema
    .createIndex('person_contacts_space_idx')
    .on('person_contacts')
    .columns(['space_id', 'date'])
    .execute();

  await db.schema
    .createTable('person_contact_members')
    .addColumn('contact_id', 'text', (c) =>
      c.notNull().references('person_contacts.id').onDelete('cascade'),
    )
    .addColumn('space_id', 'text', space)
    .addColumn('user_id', 'text', user)
    .addPrimaryKeyConstraint('person_contact_members_pk', ['contact_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('support_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('owner_id', 'text', user)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('website', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('support_contacts_space_idx')
    .on('support_contacts')
    .column('space_id')
    .execute();

  await db.schema
    .createTable('support_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('space_id', 'text', space)
    .addColumn('author_id', 'text', user)
    .addColumn('support_id', 'text', (c) =>
      c.references('support_contacts.id').onDelete('set null'),
    )
    .addColumn('date', day, (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', instant, (c) => c.notNull())
    .addColumn('updated_at', instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('support_notes_space_idx')
    .on('support_notes')
    .columns(['space_id', 'date'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'support_notes',
    'support_contacts',
    'person_contact_members',
    'person_contacts',
    'people',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
