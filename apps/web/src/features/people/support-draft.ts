import type { SupportContact, SupportNote } from '@tandem/shared';
import type { SupportContactBody, SupportNoteBody, SupportVisibility } from './people-api';

/** The support contact form as typed. */
export interface SupportContactDraft {
  name: string;
  role: string;
  phone: string;
  email: string;
  website: string;
  note: string;
  visibility: SupportVisibility;
}

export const emptySupportContactDraft: SupportContactDraft = {
  name: '',
  role: '',
  phone: '',
  email: '',
  website: '',
  note: '',
  visibility: 'shared',
};

export const draftFromSupportContact = (contact: SupportContact): SupportContactDraft => ({
  name: contact.name,
  role: contact.role,
  phone: contact.phone,
  email: contact.email,
  website: contact.website,
  note: contact.note,
  visibility: contact.visibility,
});

/**
 * The contact to send, every field trimmed. A new one leaves blanks out; an edit sends them
 * empty so a number or address can be taken back. Undefined without a name.
 */
export function supportContactBody(
  draft: SupportContactDraft,
  editing: boolean,
): SupportContactBody | undefined {
  const name = draft.name.trim();
  if (name === '') return undefined;
  const body: SupportContactBody = { name, visibility: draft.visibility };
  for (const field of ['role', 'phone', 'email', 'website', 'note'] as const) {
    const value = draft[field].trim();
    if (value !== '' || editing) body[field] = value;
  }
  return body;
}

/** The session note form as typed. */
export interface SessionNoteDraft {
  date: string;
  text: string;
  visibility: SupportVisibility;
  /** A support contact's id, or '' for nobody in particular. */
  supportId: string;
}

/** A new note is private unless its author chooses otherwise: these are often raw. */
export const emptySessionNoteDraft = (today: string): SessionNoteDraft => ({
  date: today,
  text: '',
  visibility: 'private',
  supportId: '',
});

export const draftFromSessionNote = (note: SupportNote): SessionNoteDraft => ({
  date: note.date,
  text: note.text,
  visibility: note.visibility,
  supportId: note.supportId ?? '',
});

/** The note to send; the day is left out when cleared (the server takes today). */
export function sessionNoteBody(draft: SessionNoteDraft): SupportNoteBody | undefined {
  const text = draft.text.trim();
  if (text === '') return undefined;
  return {
    text,
    visibility: draft.visibility,
    supportId: draft.supportId === '' ? null : draft.supportId,
    ...(draft.date !== '' ? { date: draft.date } : {}),
  };
}
