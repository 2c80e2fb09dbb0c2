import { personRhythm, type ContactKind, type Person, type PersonContact } from '@tandem/shared';
import { mayDeleteContact, mayEditPerson } from './people.policy';
import type { ContactRow, PersonRow } from './people.repository';

export function presentContact(
  viewerId: string,
  person: PersonRow,
  row: ContactRow,
  presentIds: string[],
): PersonContact {
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind as ContactKind,
    date: row.date,
    presentIds,
    note: row.note,
    loggedBy: row.logged_by,
    createdAt: row.created_at,
    capabilities: { canDelete: mayDeleteContact(viewerId, person, row) },
  };
}

/** A person as the viewer sees them, the rhythm measured on the viewer's `today`. */
export function presentPerson(
  viewerId: string,
  row: PersonRow,
  today: string,
  last: { contact: ContactRow; presentIds: string[] } | null,
  lastMetOn: string | null,
): Person {
  return {
    id: row.id,
    name: row.name,
    relation: row.relation,
    ownerId: row.owner_id,
    addedBy: row.added_by,
    everyDays: row.every_days,
    note: row.note,
    private: row.private === 1,
    archived: row.archived_at !== null,
    addedOn: row.added_on,
    lastContact: last ? presentContact(viewerId, row, last.contact, last.presentIds) : null,
    lastMetOn,
    rhythm: personRhythm(
      { addedOn: row.added_on, everyDays: row.every_days, lastContactOn: row.last_contact_on },
      today,
    ),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    capabilities: { canEdit: mayEditPerson(viewerId, row), canLog: row.archived_at === null },
  };
}
