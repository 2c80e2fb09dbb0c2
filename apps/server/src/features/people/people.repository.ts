import type { Executor } from '../../db/executor';
import type { PeopleTable, PersonContactMembersTable, PersonContactsTable } from '../../db/schema';

export type PersonRow = PeopleTable;
export type ContactRow = PersonContactsTable;

/** The people `viewerId` may see: everyone's, except the others' private ones. */
export function listVisiblePeople(db: Executor, spaceId: string, viewerId: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('private', '=', 0), eb('owner_id', '=', viewerId)]))
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findVisiblePerson(db: Executor, spaceId: string, id: string, viewerId: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('private', '=', 0), eb('owner_id', '=', viewerId)]))
    .executeTakeFirst();
}

/** A person by id, whoever's: for rules that run after access was checked. */
export function findPerson(db: Executor, spaceId: string, id: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export function insertPerson(db: Executor, row: PersonRow) {
  return db.insertInto('people').values(row).execute();
}

export function updatePerson(db: Executor, id: string, changes: Partial<PersonRow>) {
  return db.updateTable('people').set(changes).where('id', '=', id).execute();
}

export function deletePerson(db: Executor, id: string) {
  return db.deleteFrom('people').where('id', '=', id).execute();
}

export async function insertContact(db: Executor, row: ContactRow, presentIds: string[]) {
  await db.insertInto('person_contacts').values(row).execute();
  const present: PersonContactMembersTable[] = presentIds.map((userId) => ({
    contact_id: row.id,
    space_id: row.space_id,
    user_id: userId,
  }));
  await db.insertInto('person_contact_members').values(present).execute();
}

export function findContact(db: Executor, personId: string, id: string) {
  return db
    .selectFrom('person_contacts')
    .selectAll()
    .where('person_id', '=', personId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whether anyone but `userId` has logged time with a person: then it cannot become private. */
export async function loggedByOthers(db: Executor, personId: string, userId: string) {
  const row = await db
    .selectFrom('person_contacts')
    .select('id')
    .where('person_id', '=', personId)
    .where('logged_by', '!=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export function deleteContact(db: Executor, id: string) {
  return db.deleteFrom('person_contacts').where('id', '=', id).execute();
}

/** The latest day logged for a person, or null: kept on the person's row. */
export async function latestContactDay(db: Executor, personId: string) {
  const row = await db
    .selectFrom('person_contacts')
    .select((eb) => eb.fn.max('date').as('latest'))
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return (row?.latest as string | null | undefined) ?? null;
}

/** A person's contacts, newest day first. */
export function listContacts(db: Executor, personId: string, limit: number) {
  return db
    .selectFrom('person_contacts')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** The contacts on each person's latest day (the newest of them is their last contact). */
export function contactsOnLastDay(db: Executor, spaceId: string, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person_contacts as c')
    .innerJoin('people as p', (join) =>
      join.onRef('p.id', '=', 'c.person_id').onRef('p.last_contact_on', '=', 'c.date'),
    )
    .selectAll('c')
    .where('c.space_id', '=', spaceId)
    .where('c.person_id', 'in', personIds)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}

/** Each person's latest meet-up day. */
export function lastMeetups(db: Executor, spaceId: string, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person_contacts')
    .select((eb) => ['person_id', eb.fn.max('date').as('latest')])
    .where('space_id', '=', spaceId)
    .where('kind', '=', 'meetup')
    .where('person_id', 'in', personIds)
    .groupBy('person_id')
    .execute() as Promise<{ person_id: string; latest: string }[]>;
}

export function presentAt(db: Executor, contactIds: string[]) {
  if (contactIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('person_contact_members')
    .select(['contact_id', 'user_id'])
    .where('contact_id', 'in', contactIds)
    .orderBy('user_id')
    .execute();
}

/**
 * The latest day, up to `today`, on which two or more of `memberIds` met someone who is not
 * private — a day the household saw friends together.
 */
export async function lastMeetupTogether(
  db: Executor,
  spaceId: string,
  memberIds: string[],
  today: string,
) {
  const row = await db
    .selectFrom('person_contacts as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select('c.date')
    .where('c.space_id', '=', spaceId)
    .where('c.kind', '=', 'meetup')
    .where('p.private', '=', 0)
    .where('c.date', '<=', today)
    .where((eb) =>
      eb(
        eb
          .selectFrom('person_contact_members as m')
          .select((inner) => inner.fn.countAll().as('present'))
          .whereRef('m.contact_id', '=', 'c.id')
          .where('m.user_id', 'in', memberIds),
        '>=',
        2,
      ),
    )
    .orderBy('c.date', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.date ?? null;
}

/** Social plans on the calendar with two or more of `memberIds` taking part. */
export async function socialEventsTogether(db: Executor, spaceId: string, memberIds: string[]) {
  const events = await db
    .selectFrom('calendar_events')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('kind', '=', 'social')
    .execute();
  if (events.length === 0) return [];
  const participants = await db
    .selectFrom('calendar_event_participants')
    .select(['event_id', 'user_id'])
    .where(
      'event_id',
      'in',
      events.map((e) => e.id),
    )
    .where('user_id', 'in', memberIds)
    .execute();
  return events
    .map((row) => ({
      row,
      participantIds: participants.filter((p) => p.event_id === row.id).map((p) => p.user_id),
    }))
    .filter(({ participantIds }) => participantIds.length >= 2);
}

/**
 * People whose overdue day has begun somewhere on Earth by `latestToday` and whose current
 * stretch nobody was reminded of yet, with the zones their "today" is read in.
 */
export function dueReminders(db: Executor, latestToday: string) {
  return db
    .selectFrom('people as p')
    .leftJoin('users as owner', 'owner.id', 'p.owner_id')
    .leftJoin('users as adder', 'adder.id', 'p.added_by')
    .select([
      'p.id',
      'p.space_id',
      'p.owner_id',
      'p.private',
      'p.added_on',
      'p.last_contact_on',
      'p.remind_on',
      'owner.time_zone as owner_zone',
      'adder.time_zone as adder_zone',
    ])
    .where('p.remind_on', 'is not', null)
    .where('p.remind_on', '<=', latestToday)
    .where('p.archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb('p.reminded_since', 'is', null),
        eb('p.reminded_since', '<>', eb.fn.coalesce('p.last_contact_on', 'p.added_on')),
      ]),
    )
    .execute();
}

/** Marks the stretch that began on `since` reminded; false when another process already had. */
export async function claimReminder(db: Executor, id: string, since: string) {
  const result = await db
    .updateTable('people')
    .set({ reminded_since: since })
    .where('id', '=', id)
    // Still the same stretch: a contact logged meanwhile has begun a new one.
    .where((eb) => eb(eb.fn.coalesce('last_contact_on', 'added_on'), '=', since))
    .where((eb) => eb.or([eb('reminded_since', 'is', null), eb('reminded_since', '<>', since)]))
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function memberIdsOf(db: Executor, spaceId: string) {
  const rows = await db
    .selectFrom('space_members')
    .select('user_id')
    .where('space_id', '=', spaceId)
    .execute();
  return rows.map((row) => row.user_id);
}
