import type { Meeting } from '@tandem/shared';
import type { MeetingNotes } from './meeting-api';

/** One note of the meeting: my appreciation or need, what went well, or a topic's note. */
export type NoteKey = 'appreciation' | 'wentWell' | 'need' | `topic:${string}`;

/** What is typed on this screen and not saved yet, by note. */
export type NoteDrafts = Partial<Record<NoteKey, string>>;

export const topicNote = (topicId: string): NoteKey => `topic:${topicId}`;

type PersonalNotes = Meeting['appreciations'];

/** What one person wrote, empty when nothing. */
export const noteBy = (notes: PersonalNotes, userId: string): string =>
  notes.find((note) => note.userId === userId)?.text ?? '';

/** What the server holds for a note: mine for an appreciation or a need, the shared one else. */
export function savedNote(meeting: Meeting, myId: string, key: NoteKey): string {
  switch (key) {
    case 'appreciation':
      return noteBy(meeting.appreciations, myId);
    case 'need':
      return noteBy(meeting.needs, myId);
    case 'wentWell':
      return meeting.wentWell;
    default: {
      const topicId = key.slice('topic:'.length);
      return meeting.topics.find((topic) => topic.id === topicId)?.note ?? '';
    }
  }
}

/** The text a note's field shows: what I am typing, else what is saved. */
export const shownNote = (meeting: Meeting, myId: string, drafts: NoteDrafts, key: NoteKey) =>
  drafts[key] ?? savedNote(meeting, myId, key);

/** The server trims every note, so a space more or less is no change. */
const isChange = (meeting: Meeting, myId: string, key: NoteKey, text: string) =>
  text.trim() !== savedNote(meeting, myId, key).trim();

/**
 * The drafts that say something other than what is saved, as the notes a PATCH takes (all of
 * them, or only `keys`), with the drafts they came from; nothing when there is nothing to save.
 */
export function notesToSave(
  drafts: NoteDrafts,
  meeting: Meeting,
  myId: string,
  keys?: readonly NoteKey[],
): { notes: MeetingNotes; sent: NoteDrafts } | undefined {
  const notes: MeetingNotes = {};
  const sent: NoteDrafts = {};
  for (const [key, text] of Object.entries(drafts) as [NoteKey, string | undefined][]) {
    if (text === undefined || (keys && !keys.includes(key))) continue;
    if (!isChange(meeting, myId, key, text)) continue;
    sent[key] = text;
    if (key === 'appreciation' || key === 'need' || key === 'wentWell') {
      notes[key] = text.trim();
    } else {
      notes.topicNotes = { ...notes.topicNotes, [key.slice('topic:'.length)]: text.trim() };
    }
  }
  return Object.keys(sent).length > 0 ? { notes, sent } : undefined;
}

/** The drafts left once `sent` is saved: any typed on since then stay. */
export function withoutSent(drafts: NoteDrafts, sent: NoteDrafts): NoteDrafts {
  return Object.fromEntries(
    Object.entries(drafts).filter(([key, text]) => sent[key as NoteKey] !== text),
  );
}

/**
 * What each of the others wrote for a personal note (an appreciation, a need): every other
 * member, with null until they have written theirs, and anyone who wrote one and has since left.
 */
export function othersNotes(
  notes: PersonalNotes,
  myId: string,
  otherIds: readonly string[],
): { userId: string; text: string | null }[] {
  const written = (userId: string) => noteBy(notes, userId).trim() || null;
  const left = notes
    .filter((note) => note.userId !== myId && !otherIds.includes(note.userId))
    .map((note) => note.userId);
  return [...otherIds, ...left]
    .map((userId) => ({ userId, text: written(userId) }))
    .filter((note, index) => index < otherIds.length || note.text !== null);
}

/** Whether a PATCH on its way carries a note: to show that note's "Save" as busy. */
export function notesInclude(notes: MeetingNotes | undefined, key: NoteKey): boolean {
  if (!notes) return false;
  if (key === 'appreciation' || key === 'need' || key === 'wentWell') {
    return notes[key] !== undefined;
  }
  return notes.topicNotes?.[key.slice('topic:'.length)] !== undefined;
}
