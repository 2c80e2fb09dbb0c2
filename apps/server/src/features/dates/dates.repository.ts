import type { Executor } from '../../db/executor';
import type {
  DateIdeasTable,
  DateMemoriesTable,
  PlannedDateParticipantsTable,
  PlannedDatesTable,
} from '../../db/schema';

export type IdeaRow = DateIdeasTable;
export type DateRow = PlannedDatesTable;
export type ParticipantRow = PlannedDateParticipantsTable;
export type MemoryRow = DateMemoriesTable;

export function listIdeas(db: Executor, spaceId: string) {
  return db
    .selectFrom('date_ideas')
    .selectAll()
    .where('space_id', '=', spaceId)
    .orderBy('id', 'desc')
    .execute();
}

export function findIdea(db: Executor, spaceId: string, id: string) {
  return db
    .selectFrom('date_ideas')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertIdea(db: Executor, row: IdeaRow) {
  await db.insertInto('date_ideas').values(row).execute();
}

export async function updateIdea(db: Executor, id: string, patch: Partial<IdeaRow>) {
  await db.updateTable('date_ideas').set(patch).where('id', '=', id).execute();
}

export async function deleteIdea(db: Executor, id: string) {
  await db.deleteFrom('date_ideas').where('id', '=', id).execute();
}

/** The dates `userId` takes part in: only they, and the others invited, can find a date. */
export function listDatesOf(db: Executor, spaceId: string, userId: string) {
  return db
    .selectFrom('planned_dates')
    .innerJoin('planned_date_participants as p', 'p.date_id', 'planned_dates.id')
    .selectAll('planned_dates')
    .where('planned_dates.space_id', '=', spaceId)
    .where('p.user_id', '=', userId)
    .orderBy('planned_dates.start_at')
    .orderBy('planned_dates.id')
    .execute();
}

export function findDateOf(db: Executor, spaceId: string, id: string, userId: string) {
  return db
    .selectFrom('planned_dates')
    .innerJoin('planned_date_participants as p', 'p.date_id', 'planned_dates.id')
    .selectAll('planned_dates')
    .where('planned_dates.space_id', '=', spaceId)
    .where('planned_dates.id', '=', id)
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
}

export function findDate(db: Executor, id: string) {
  return db.selectFrom('planned_dates').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export function participantsOf(db: Executor, dateIds: string[]) {
  if (dateIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('planned_date_participants')
    .selectAll()
    .where('date_id', 'in', dateIds)
    .orderBy('user_id')
    .execute();
}

export async function insertDate(db: Executor, row: DateRow, participants: ParticipantRow[]) {
  await db.insertInto('planned_dates').values(row).execute();
  await db.insertInto('planned_date_participants').values(participants).execute();
}

export async function updateDate(db: Executor, id: string, patch: Partial<DateRow>) {
  await db.updateTable('planned_dates').set(patch).where('id', '=', id).execute();
}

export async function setAnswer(
  db: Executor,
  dateId: string,
  userId: string,
  answer: string,
  at: string | null,
) {
  await db
    .updateTable('planned_date_participants')
    .set({ answer, answered_at: at })
    .where('date_id', '=', dateId)
    .where('user_id', '=', userId)
    .execute();
}

/** `userId` taken out of the space's dates; the dates they were in. */
export async function removeParticipant(db: Executor, spaceId: string, userId: string) {
  const rows = await db
    .deleteFrom('planned_date_participants')
    .where('user_id', '=', userId)
    .where('date_id', 'in', (eb) =>
      eb.selectFrom('planned_dates').select('id').where('space_id', '=', spaceId),
    )
    .returning('date_id')
    .execute();
  return rows.map((row) => row.date_id);
}

/** Everyone but `userId` asked again, after a new time. */
export async function askOthersAgain(db: Executor, dateId: string, userId: string) {
  await db
    .updateTable('planned_date_participants')
    .set({ answer: 'invited', answered_at: null })
    .where('date_id', '=', dateId)
    .where('user_id', '!=', userId)
    .execute();
}

export async function memoryCounts(db: Executor, dateIds: string[]) {
  if (dateIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('date_memories')
    .select(['date_id', db.fn.countAll<string | number>().as('count')])
    .where('date_id', 'in', dateIds)
    .groupBy('date_id')
    .execute();
  return new Map(rows.map((row) => [row.date_id!, Number(row.count)]));
}

/** Dates that ended, were not called off, and have not yet asked "how was it?". */
export function endedUnasked(db: Executor, at: string) {
  return db
    .selectFrom('planned_dates')
    .selectAll()
    .where('end_at', '<=', at)
    .where('memory_asked_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .execute();
}

/** The calendar event a date stands as, while it goes ahead. */
export function eventOfDate(db: Executor, dateId: string) {
  return db
    .selectFrom('calendar_events')
    .selectAll()
    .where('date_id', '=', dateId)
    .executeTakeFirst();
}

export async function eventIdsOf(db: Executor, dateIds: string[]) {
  if (dateIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectFrom('calendar_events')
    .select(['id', 'date_id'])
    .where('date_id', 'in', dateIds)
    .execute();
  return new Map(rows.map((row) => [row.date_id!, row.id]));
}

/** Claims the "how was it?" question: true for the one caller that set it. */
export async function claimMemoryQuestion(db: Executor, id: string, at: string) {
  const result = await db
    .updateTable('planned_dates')
    .set({ memory_asked_at: at })
    .where('id', '=', id)
    .where('memory_asked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The memories `userId` may see, newest day first: those of the dates they took part in, and
 * those of days not planned here, which the whole space shares.
 */
export function listMemoriesFor(db: Executor, spaceId: string, userId: string) {
  return visibleMemories(db, spaceId, userId)
    .orderBy('date_memories.day', 'desc')
    .orderBy('date_memories.id', 'desc')
    .execute();
}

export function findMemoryFor(db: Executor, spaceId: string, id: string, userId: string) {
  return visibleMemories(db, spaceId, userId).where('date_memories.id', '=', id).executeTakeFirst();
}

export function findPhotoFor(db: Executor, spaceId: string, photoId: string, userId: string) {
  return visibleMemories(db, spaceId, userId)
    .where('date_memories.photo_id', '=', photoId)
    .executeTakeFirst();
}

function visibleMemories(db: Executor, spaceId: string, userId: string) {
  return db
    .selectFrom('date_memories')
    .leftJoin('planned_dates as d', 'd.id', 'date_memories.date_id')
    .selectAll('date_memories')
    .select('d.title as date_title')
    .where('date_memories.space_id', '=', spaceId)
    .where((eb) =>
      eb.or([
        eb('date_memories.date_id', 'is', null),
        eb.exists(
          eb
            .selectFrom('planned_date_participants as p')
            .select('p.user_id')
            .whereRef('p.date_id', '=', 'date_memories.date_id')
            .where('p.user_id', '=', userId),
        ),
      ]),
    );
}

export async function insertMemory(db: Executor, row: MemoryRow) {
  await db.insertInto('date_memories').values(row).execute();
}

/** Changes a memory still holding `photoId` (or none); false when it no longer does, or is gone. */
export async function updateMemory(
  db: Executor,
  id: string,
  patch: Partial<MemoryRow>,
  photoId: string | null,
) {
  const result = await db
    .updateTable('date_memories')
    .set(patch)
    .where('id', '=', id)
    .where((eb) => (photoId === null ? eb('photo_id', 'is', null) : eb('photo_id', '=', photoId)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteMemory(db: Executor, id: string) {
  await db.deleteFrom('date_memories').where('id', '=', id).execute();
}
