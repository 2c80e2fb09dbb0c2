import type { Executor } from '../../db/executor';
import type {
  ConflictAgreementItemsTable,
  ConflictIdeasTable,
  ConflictPerspectivesTable,
  ConflictTopicsTable,
  RepairAttemptsTable,
} from '../../db/schema';

export type TopicRow = ConflictTopicsTable;
export type PerspectiveRow = ConflictPerspectivesTable;
export type IdeaRow = ConflictIdeasTable;
export type ItemRow = ConflictAgreementItemsTable;
export type RepairRow = RepairAttemptsTable;

/** The topics `userId` takes part in; a topic is invisible to everyone else. */
export function listTopicsOf(db: Executor, spaceId: string, userId: string, limit: number) {
  return db
    .selectFrom('conflict_topics')
    .innerJoin('conflict_participants as p', 'p.topic_id', 'conflict_topics.id')
    .selectAll('conflict_topics')
    .where('conflict_topics.space_id', '=', spaceId)
    .where('p.user_id', '=', userId)
    .orderBy('conflict_topics.created_at', 'desc')
    .orderBy('conflict_topics.id', 'desc')
    .limit(limit)
    .execute();
}

export function findTopicOf(db: Executor, spaceId: string, id: string, userId: string) {
  return db
    .selectFrom('conflict_topics')
    .innerJoin('conflict_participants as p', 'p.topic_id', 'conflict_topics.id')
    .selectAll('conflict_topics')
    .where('conflict_topics.space_id', '=', spaceId)
    .where('conflict_topics.id', '=', id)
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
}

export async function insertTopic(db: Executor, row: TopicRow, participantIds: string[]) {
  await db.insertInto('conflict_topics').values(row).execute();
  await db
    .insertInto('conflict_participants')
    .values(
      participantIds.map((user_id) => ({ topic_id: row.id, space_id: row.space_id, user_id })),
    )
    .execute();
}

export async function updateTopic(db: Executor, id: string, changes: Partial<TopicRow>) {
  await db.updateTable('conflict_topics').set(changes).where('id', '=', id).execute();
}

export async function deleteTopic(db: Executor, id: string) {
  await db.deleteFrom('conflict_topics').where('id', '=', id).execute();
}

/** Everything recorded on these topics. Internal: the presenter decides what a viewer sees. */
export async function detailsOf(db: Executor, topicIds: string[]) {
  const ids = topicIds.length > 0 ? topicIds : [''];
  const [participants, perspectives, consents, followUps, ideas, items] = await Promise.all([
    db.selectFrom('conflict_participants').selectAll().where('topic_id', 'in', ids).execute(),
    db.selectFrom('conflict_perspectives').selectAll().where('topic_id', 'in', ids).execute(),
    db.selectFrom('conflict_consents').selectAll().where('topic_id', 'in', ids).execute(),
    db.selectFrom('conflict_follow_ups').selectAll().where('topic_id', 'in', ids).execute(),
    db
      .selectFrom('conflict_ideas')
      .selectAll()
      .where('topic_id', 'in', ids)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('conflict_agreement_items')
      .selectAll()
      .where('topic_id', 'in', ids)
      .orderBy('position')
      .execute(),
  ]);
  return { participants, perspectives, consents, followUps, ideas, items };
}

export function savePerspective(db: Executor, row: PerspectiveRow) {
  return db
    .insertInto('conflict_perspectives')
    .values(row)
    .onConflict((c) =>
      c.columns(['topic_id', 'user_id']).doUpdateSet({
        happened: row.happened,
        felt: row.felt,
        need: row.need,
        my_part: row.my_part,
        written_at: row.written_at,
      }),
    )
    .execute();
}

export function insertIdea(db: Executor, row: IdeaRow) {
  return db.insertInto('conflict_ideas').values(row).execute();
}

/** A new proposal replaces the last one, its consents and its follow-ups. */
export async function replaceAgreement(db: Executor, topicId: string, items: ItemRow[]) {
  for (const table of [
    'conflict_agreement_items',
    'conflict_consents',
    'conflict_follow_ups',
  ] as const) {
    await db.deleteFrom(table).where('topic_id', '=', topicId).execute();
  }
  await db.insertInto('conflict_agreement_items').values(items).execute();
}

export function addConsent(
  db: Executor,
  row: { topic_id: string; space_id: string; user_id: string; agreed_at: string },
) {
  return db
    .insertInto('conflict_consents')
    .values(row)
    .onConflict((c) => c.columns(['topic_id', 'user_id']).doNothing())
    .execute();
}

export function saveFollowUp(
  db: Executor,
  row: {
    topic_id: string;
    space_id: string;
    user_id: string;
    held: string;
    note: string;
    answered_at: string;
  },
) {
  return db
    .insertInto('conflict_follow_ups')
    .values(row)
    .onConflict((c) =>
      c
        .columns(['topic_id', 'user_id'])
        .doUpdateSet({ held: row.held, note: row.note, answered_at: row.answered_at }),
    )
    .execute();
}

export async function claimItemLink(db: Executor, itemId: string, kind: string) {
  const result = await db
    .updateTable('conflict_agreement_items')
    .set({ link_kind: kind })
    .where('id', '=', itemId)
    .where('link_kind', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function setItemLink(
  db: Executor,
  itemId: string,
  link: { kind: string | null; ref: string | null },
) {
  await db
    .updateTable('conflict_agreement_items')
    .set({ link_kind: link.kind, link_ref: link.ref })
    .where('id', '=', itemId)
    .execute();
}

/** Tags of the topics `userId` takes part in, for the patterns. */
export function tagsOf(db: Executor, spaceId: string, userId: string) {
  return db
    .selectFrom('conflict_topics')
    .innerJoin('conflict_participants as p', 'p.topic_id', 'conflict_topics.id')
    .select([
      'conflict_topics.id',
      'conflict_topics.tags',
      'conflict_topics.created_at',
      'conflict_topics.agreed_at',
    ])
    .where('conflict_topics.space_id', '=', spaceId)
    .where('p.user_id', '=', userId)
    .execute();
}

/** Paused topics whose time is up, and agreements whose check day has come: nobody told yet. */
export function duePauses(db: Executor, now: string) {
  return db
    .selectFrom('conflict_topics')
    .select(['id', 'space_id'])
    .where('pause_reminded', '=', 0)
    .where('paused_until', '<=', now)
    .execute();
}

export function dueChecks(db: Executor, now: string) {
  return db
    .selectFrom('conflict_topics')
    .select(['id', 'space_id'])
    .where('check_reminded', '=', 0)
    .where('agreed_at', 'is not', null)
    .where('check_at', '<=', now)
    .execute();
}

export async function claimReminder(
  db: Executor,
  id: string,
  column: 'pause_reminded' | 'check_reminded',
) {
  const result = await db
    .updateTable('conflict_topics')
    .set({ [column]: 1 })
    .where('id', '=', id)
    .where(column, '=', 0)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export function participantIdsOf(db: Executor, topicId: string) {
  return db
    .selectFrom('conflict_participants')
    .select('user_id')
    .where('topic_id', '=', topicId)
    .execute();
}

export function insertRepair(db: Executor, row: RepairRow) {
  return db.insertInto('repair_attempts').values(row).execute();
}

/** Repairs without a topic, and those on topics `userId` takes part in. */
export function listRepairsFor(db: Executor, spaceId: string, userId: string, limit: number) {
  return db
    .selectFrom('repair_attempts')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) =>
      eb.or([
        eb('topic_id', 'is', null),
        eb(
          'topic_id',
          'in',
          eb
            .selectFrom('conflict_participants')
            .select('topic_id')
            .where('user_id', '=', userId)
            .where('space_id', '=', spaceId),
        ),
      ]),
    )
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}
