import { describe, expect, it } from 'vitest';
import { ALEX, SAM, buildMeeting } from './meeting-test-data';
import {
  notesInclude,
  notesToSave,
  othersNotes,
  savedNote,
  shownNote,
  topicNote,
  withoutSent,
  type NoteDrafts,
} from './meeting-notes';

const topic = {
  id: 't1',
  text: 'Holiday plans',
  addedBy: SAM,
  createdAt: '2026-11-25T10:00:00.000Z',
  note: 'Maybe the coast',
};
const meeting = buildMeeting({
  wentWell: 'Sunday walk',
  appreciations: [
    { userId: ALEX, text: 'You cooked all week' },
    { userId: SAM, text: 'The flowers' },
  ],
  needs: [{ userId: SAM, text: 'A quiet Saturday' }],
  topics: [topic],
});

describe('savedNote', () => {
  it('reads my own appreciation and need, and the shared notes', () => {
    expect(savedNote(meeting, ALEX, 'appreciation')).toBe('You cooked all week');
    expect(savedNote(meeting, SAM, 'appreciation')).toBe('The flowers');
    expect(savedNote(meeting, ALEX, 'need')).toBe('');
    expect(savedNote(meeting, ALEX, 'wentWell')).toBe('Sunday walk');
    expect(savedNote(meeting, ALEX, topicNote('t1'))).toBe('Maybe the coast');
    expect(savedNote(meeting, ALEX, topicNote('gone'))).toBe('');
  });

  it('shows a draft over what is saved', () => {
    expect(shownNote(meeting, ALEX, { wentWell: 'Sunday walk, and' }, 'wentWell')).toBe(
      'Sunday walk, and',
    );
    expect(shownNote(meeting, ALEX, {}, 'wentWell')).toBe('Sunday walk');
  });
});

describe('notesToSave', () => {
  it('sends only the drafts that change something, trimmed, topic notes by topic', () => {
    const drafts: NoteDrafts = {
      appreciation: 'You cooked all week ', // the same once trimmed
      need: ' Time with Jo ',
      [topicNote('t1')]: 'The coast in June',
    };
    expect(notesToSave(drafts, meeting, ALEX)).toEqual({
      notes: { need: 'Time with Jo', topicNotes: { t1: 'The coast in June' } },
      sent: { need: ' Time with Jo ', 'topic:t1': 'The coast in June' },
    });
  });

  it('sends only the notes asked for', () => {
    const drafts: NoteDrafts = { need: 'Sleep', wentWell: 'Dinner out' };
    expect(notesToSave(drafts, meeting, ALEX, ['wentWell'])?.notes).toEqual({
      wentWell: 'Dinner out',
    });
  });

  it('sends a note emptied on purpose', () => {
    expect(notesToSave({ wentWell: '' }, meeting, ALEX)?.notes).toEqual({ wentWell: '' });
  });

  it('has nothing to send when nothing changed', () => {
    expect(notesToSave({}, meeting, ALEX)).toBeUndefined();
    expect(notesToSave({ wentWell: 'Sunday walk' }, meeting, ALEX)).toBeUndefined();
  });
});

describe('withoutSent', () => {
  it('drops what was saved and keeps what was typed since', () => {
    const sent: NoteDrafts = { need: 'Sleep', wentWell: 'Dinner' };
    expect(withoutSent({ need: 'Sleep', wentWell: 'Dinner out', appreciation: 'x' }, sent)).toEqual(
      { wentWell: 'Dinner out', appreciation: 'x' },
    );
  });
});

describe('othersNotes', () => {
  it('lists each other member, with nothing until they have written', () => {
    expect(othersNotes(meeting.needs, ALEX, [SAM])).toEqual([
      { userId: SAM, text: 'A quiet Saturday' },
    ]);
    expect(othersNotes(meeting.needs, SAM, [ALEX])).toEqual([{ userId: ALEX, text: null }]);
  });

  it('counts an emptied note as not written, and keeps what someone who left wrote', () => {
    const notes = [
      { userId: SAM, text: ' ' },
      { userId: 'gone', text: 'Thanks for everything' },
      { userId: ALEX, text: 'Mine' },
    ];
    expect(othersNotes(notes, ALEX, [SAM])).toEqual([
      { userId: SAM, text: null },
      { userId: 'gone', text: 'Thanks for everything' },
    ]);
  });
});

describe('notesInclude', () => {
  it('tells which notes a request carries', () => {
    const notes = { wentWell: '', topicNotes: { t1: 'x' } };
    expect(notesInclude(notes, 'wentWell')).toBe(true);
    expect(notesInclude(notes, topicNote('t1'))).toBe(true);
    expect(notesInclude(notes, topicNote('t2'))).toBe(false);
    expect(notesInclude(notes, 'need')).toBe(false);
    expect(notesInclude(undefined, 'need')).toBe(false);
  });
});
