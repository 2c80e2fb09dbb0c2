import type { Membership } from '../spaces/spaces.repository';
import type { ContactRow, PersonRow } from './people.repository';

/**
 * What a member may see and do with the people around us. Everyone's people are seen by all —
 * partners knowing each other's friends is the point — except a private one, which is its
 * owner's alone (the repository does not even load it for anyone else).
 */

/** Shown to the viewer: ours, theirs, or a current member's (a former member's left with them). */
export function isShownTo(membership: Membership, row: PersonRow): boolean {
  if (row.private === 1 && row.owner_id !== membership.userId) return false;
  return row.owner_id === null || membership.memberIds.includes(row.owner_id);
}

/** Ours may be changed by any of us; a member's own by them and by whoever added them. */
export function mayEditPerson(viewerId: string, row: PersonRow): boolean {
  return row.owner_id === null || row.owner_id === viewerId || row.added_by === viewerId;
}

/** A logged contact may be taken back by whoever logged it, or by whoever may edit the person. */
export function mayDeleteContact(viewerId: string, person: PersonRow, contact: ContactRow) {
  return contact.logged_by === viewerId || mayEditPerson(viewerId, person);
}
