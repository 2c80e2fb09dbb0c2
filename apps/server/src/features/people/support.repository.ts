import type { Executor } from '../../db/executor';
import type { SupportContactsTable, SupportNotesTable } from '../../db/schema';

export type SupportContactRow = SupportContactsTable;
export type SupportNoteRow = SupportNotesTable;

/** Support contacts `viewerId` may see: their own, and the others' shared ones. */
export function listVisibleContacts(db: Executor, spaceId: string, viewerId: string) {
  return db
    .selectFrom('support_contacts')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('owner_id', '=', viewerId), eb('visibility', '=', 'shared')]))
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export function findVisibleContact(db: Executor, spaceId: string, id: string, viewerId: string) {
  return db
    .selectFrom('support_contacts')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('owner_id', '=', viewerId), eb('visibility', '=', 'shared')]))
    .executeTakeFirst();
}

export function insertContact(db: Executor, row: SupportContactRow) {
  return db.insertInto('support_contacts').values(row).execute();
}

export function updateContact(db: Executor, id: string, changes: Partial<SupportContactRow>) {
  return db.updateTable('support_contacts').set(changes).where('id', '=', id).execute();
}

export function deleteContact(db: Executor, id: string) {
  return db.deleteFrom('support_contacts').where('id', '=', id).execute();
}

/** Session notes `viewerId` may read: their own, and the others' shared ones, newest first. */
export function listVisibleNotes(db: Executor, spaceId: string, viewerId: string, limit: number) {
  return db
    .selectFrom('support_notes')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where((eb) => eb.or([eb('author_id', '=', viewerId), eb('visibility', '=', 'shared')]))
    .orderBy('date', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export function findVisibleNote(db: Executor, spaceId: string, id: string, viewerId: string) {
  return db
    .selectFrom('support_notes')
    .selectAll()
    .where('space_id', '=', spaceId)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('author_id', '=', viewerId), eb('visibility', '=', 'shared')]))
    .executeTakeFirst();
}

export function insertNote(db: Executor, row: SupportNoteRow) {
  return db.insertInto('support_notes').values(row).execute();
}

export function updateNote(db: Executor, id: string, changes: Partial<SupportNoteRow>) {
  return db.updateTable('support_notes').set(changes).where('id', '=', id).execute();
}

export function deleteNote(db: Executor, id: string) {
  return db.deleteFrom('support_notes').where('id', '=', id).execute();
}
