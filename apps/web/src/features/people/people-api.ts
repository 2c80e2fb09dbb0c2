import type {
  ContactKind,
  PeopleView,
  Person,
  PersonContact,
  SupportContact,
  SupportNote,
  SupportView,
} from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

/** A new person as sent; optional fields are left out rather than sent empty. */
export interface PersonBody {
  name: string;
  relation?: string;
  /** A member's id, or null for all of us; mine when left out. */
  ownerId?: string | null;
  everyDays?: number | null;
  note?: string;
  private?: boolean;
}

export interface PersonPatch {
  name?: string;
  relation?: string;
  ownerId?: string | null;
  everyDays?: number | null;
  note?: string;
  private?: boolean;
  archived?: boolean;
}

export interface ContactBody {
  kind: ContactKind;
  date?: string;
  presentIds?: string[];
  note?: string;
}

export type SupportVisibility = 'private' | 'shared';

export interface SupportContactBody {
  name: string;
  role?: string;
  phone?: string;
  email?: string;
  website?: string;
  note?: string;
  visibility: SupportVisibility;
}

export interface SupportNoteBody {
  date?: string;
  text: string;
  visibility: SupportVisibility;
  supportId?: string | null;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/people`;
const onePerson = (spaceId: string, personId: string) => `${base(spaceId)}/${segment(personId)}`;
const support = (spaceId: string) => `/spaces/${segment(spaceId)}/support`;

/** Everyone I may see — never someone else's private person — with the insight. */
export const fetchPeople = (spaceId: string) => api.get<PeopleView>(base(spaceId));
export const createPerson = (spaceId: string, body: PersonBody) =>
  api.post<Person>(base(spaceId), body);
export const updatePerson = (spaceId: string, personId: string, patch: PersonPatch) =>
  api.patch<Person>(onePerson(spaceId, personId), patch);
export const deletePerson = (spaceId: string, personId: string) =>
  api.delete(onePerson(spaceId, personId));

export const fetchContacts = (spaceId: string, personId: string) =>
  api.get<{ items: PersonContact[] }>(`${onePerson(spaceId, personId)}/contacts`);
export const logContact = (spaceId: string, personId: string, body: ContactBody) =>
  api.post<Person>(`${onePerson(spaceId, personId)}/contacts`, body);
export const deleteContact = (spaceId: string, personId: string, contactId: string) =>
  api.delete(`${onePerson(spaceId, personId)}/contacts/${segment(contactId)}`);

export const fetchSupport = (spaceId: string) => api.get<SupportView>(support(spaceId));
export const createSupportContact = (spaceId: string, body: SupportContactBody) =>
  api.post<SupportContact>(`${support(spaceId)}/contacts`, body);
export const updateSupportContact = (
  spaceId: string,
  id: string,
  body: Partial<SupportContactBody>,
) => api.patch<SupportContact>(`${support(spaceId)}/contacts/${segment(id)}`, body);
export const deleteSupportContact = (spaceId: string, id: string) =>
  api.delete(`${support(spaceId)}/contacts/${segment(id)}`);
export const createSupportNote = (spaceId: string, body: SupportNoteBody) =>
  api.post<SupportNote>(`${support(spaceId)}/notes`, body);
export const updateSupportNote = (spaceId: string, id: string, body: Partial<SupportNoteBody>) =>
  api.patch<SupportNote>(`${support(spaceId)}/notes/${segment(id)}`, body);
export const deleteSupportNote = (spaceId: string, id: string) =>
  api.delete(`${support(spaceId)}/notes/${segment(id)}`);
