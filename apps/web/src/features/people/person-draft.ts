import type { Person } from '@tandem/shared';
import type { PersonBody, PersonPatch } from './people-api';

/** `whose` for someone who matters to all of us; otherwise it is a member's id. */
export const OURS = 'ours';

/** The person form as typed. */
export interface PersonDraft {
  name: string;
  relation: string;
  /** `OURS`, or the id of the member whose person they are. */
  whose: string;
  /** Days as typed in the select; '' for no wish. */
  everyDays: string;
  note: string;
  private: boolean;
}

export const emptyPersonDraft = (myId: string): PersonDraft => ({
  name: '',
  relation: '',
  whose: myId,
  everyDays: '',
  note: '',
  private: false,
});

export function draftFromPerson(person: Person): PersonDraft {
  return {
    name: person.name,
    relation: person.relation,
    whose: person.ownerId ?? OURS,
    everyDays: person.everyDays === null ? '' : String(person.everyDays),
    note: person.note,
    private: person.private,
  };
}

const ownerOf = (draft: PersonDraft) => (draft.whose === OURS ? null : draft.whose);
const wishOf = (draft: PersonDraft) => (draft.everyDays === '' ? null : Number(draft.everyDays));

/**
 * A new person to send: blanks left out, and "private" only for my own (the server refuses it
 * for anyone else's). Undefined without a name.
 */
export function bodyFromDraft(draft: PersonDraft, myId: string): PersonBody | undefined {
  const name = draft.name.trim();
  if (name === '') return undefined;
  const body: PersonBody = { name, ownerId: ownerOf(draft) };
  const relation = draft.relation.trim();
  if (relation !== '') body.relation = relation;
  const everyDays = wishOf(draft);
  if (everyDays !== null) body.everyDays = everyDays;
  const note = draft.note.trim();
  if (note !== '') body.note = note;
  if (draft.whose === myId && draft.private) body.private = true;
  return body;
}

/** An edit to send: everything as typed, emptied fields included. Undefined without a name. */
export function patchFromDraft(draft: PersonDraft, myId: string): PersonPatch | undefined {
  const name = draft.name.trim();
  if (name === '') return undefined;
  return {
    name,
    relation: draft.relation.trim(),
    ownerId: ownerOf(draft),
    everyDays: wishOf(draft),
    note: draft.note.trim(),
    private: draft.whose === myId && draft.private,
  };
}
