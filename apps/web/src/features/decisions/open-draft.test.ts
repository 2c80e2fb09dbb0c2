import { describe, expect, it } from 'vitest';
import { emptyOpenDraft, openBodyOf, optionField } from './open-draft';

describe('openBodyOf', () => {
  it('leaves out empty rows and trims the rest', () => {
    const draft = {
      ...emptyOpenDraft(' Holiday? '),
      options: [' The coast ', '', 'The mountains', '  '],
      deadlineOn: '2026-06-01',
    };
    expect(openBodyOf(draft)).toEqual({
      body: {
        question: 'Holiday?',
        options: [{ label: 'The coast' }, { label: 'The mountains' }],
        statusQuo: false,
        deadlineOn: '2026-06-01',
      },
      rows: [0, 2],
    });
  });

  it('sends no deadline when the day is left empty, and the status quo when ticked', () => {
    const { body } = openBodyOf({ ...emptyOpenDraft('Move?'), statusQuo: true });
    expect(body).toMatchObject({ options: [], statusQuo: true, deadlineOn: null });
  });
});

describe('optionField', () => {
  it('names the field the server names for a row that was sent, and none for an empty one', () => {
    expect(optionField([0, 2], 2)).toBe('options.1.label');
    expect(optionField([0, 2], 1)).toBeUndefined();
  });
});
