import { describe, expect, it } from 'vitest';
import { bodyFromDraft, emptyGoalDraft, patchFromDraft, stepLines } from './goal-draft';

describe('bodyFromDraft', () => {
  it('needs a title', () => {
    expect(bodyFromDraft({ ...emptyGoalDraft, title: '   ' })).toBeUndefined();
  });

  it('trims and leaves blanks out', () => {
    expect(bodyFromDraft({ ...emptyGoalDraft, title: ' Run 5 km ', why: '  ' })).toEqual({
      title: 'Run 5 km',
      visibility: 'private',
    });
  });

  it('sends how to help only on a shared goal', () => {
    const draft = { ...emptyGoalDraft, title: 'Paint', howToHelp: 'Ask me about it' };
    expect(bodyFromDraft(draft)?.howToHelp).toBeUndefined();
    expect(bodyFromDraft({ ...draft, visibility: 'shared' })).toEqual({
      title: 'Paint',
      visibility: 'shared',
      howToHelp: 'Ask me about it',
    });
  });

  it('turns lines into steps, skipping empty ones', () => {
    const draft = { ...emptyGoalDraft, title: 'Run', steps: 'Buy shoes\n\n  Run 1 km \n' };
    expect(bodyFromDraft(draft)?.steps).toEqual(['Buy shoes', 'Run 1 km']);
    expect(stepLines(' \n ')).toEqual([]);
  });
});

describe('patchFromDraft', () => {
  it('sends emptied fields so they can be taken back', () => {
    expect(
      patchFromDraft({ ...emptyGoalDraft, title: 'Read', why: ' ', visibility: 'shared' }),
    ).toEqual({ title: 'Read', why: '', visibility: 'shared', howToHelp: '' });
    expect(patchFromDraft(emptyGoalDraft)).toBeUndefined();
  });
});
