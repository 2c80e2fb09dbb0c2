import { describe, expect, it } from 'vitest';
import {
  emptySessionNoteDraft,
  emptySupportContactDraft,
  sessionNoteBody,
  supportContactBody,
} from './support-draft';

describe('supportContactBody', () => {
  it('needs a name; a new contact leaves blanks out, an edit sends them to clear', () => {
    expect(supportContactBody(emptySupportContactDraft, false)).toBeUndefined();
    const draft = { ...emptySupportContactDraft, name: ' Ana ', phone: ' +34 600 ' };
    expect(supportContactBody(draft, false)).toEqual({
      name: 'Ana',
      phone: '+34 600',
      visibility: 'shared',
    });
    expect(supportContactBody(draft, true)).toEqual({
      name: 'Ana',
      role: '',
      phone: '+34 600',
      email: '',
      website: '',
      note: '',
      visibility: 'shared',
    });
  });
});

describe('sessionNoteBody', () => {
  it('is private by default, needs words, and names nobody when none is chosen', () => {
    const draft = emptySessionNoteDraft('2026-06-30');
    expect(draft.visibility).toBe('private');
    expect(sessionNoteBody(draft)).toBeUndefined();
    expect(sessionNoteBody({ ...draft, text: ' Breathe first ' })).toEqual({
      text: 'Breathe first',
      visibility: 'private',
      supportId: null,
      date: '2026-06-30',
    });
    expect(sessionNoteBody({ ...draft, text: 'x', date: '', supportId: 'c1' })).toEqual({
      text: 'x',
      visibility: 'private',
      supportId: 'c1',
    });
  });
});
