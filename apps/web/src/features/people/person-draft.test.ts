import type { Person } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import {
  bodyFromDraft,
  draftFromPerson,
  emptyPersonDraft,
  OURS,
  patchFromDraft,
} from './person-draft';

describe('bodyFromDraft', () => {
  it('needs a name, trims, and leaves blanks out', () => {
    expect(bodyFromDraft({ ...emptyPersonDraft('alex'), name: '  ' }, 'alex')).toBeUndefined();
    expect(
      bodyFromDraft({ ...emptyPersonDraft('alex'), name: ' Jo ', relation: ' ' }, 'alex'),
    ).toEqual({
      name: 'Jo',
      ownerId: 'alex',
    });
  });

  it('sends ours as null, the wish as a number, and private only for my own', () => {
    const draft = {
      ...emptyPersonDraft('alex'),
      name: 'Jo',
      whose: OURS,
      everyDays: '14',
      private: true,
    };
    expect(bodyFromDraft(draft, 'alex')).toEqual({ name: 'Jo', ownerId: null, everyDays: 14 });
    expect(bodyFromDraft({ ...draft, whose: 'alex' }, 'alex')).toEqual({
      name: 'Jo',
      ownerId: 'alex',
      everyDays: 14,
      private: true,
    });
  });
});

describe('patchFromDraft', () => {
  it('round-trips a person and sends emptied fields so they can be taken back', () => {
    const person = {
      name: 'Kim',
      relation: 'sister',
      ownerId: 'sam',
      everyDays: 30,
      note: 'Twins in May',
      private: false,
    } as Person;
    const draft = draftFromPerson(person);
    expect(draft).toMatchObject({ whose: 'sam', everyDays: '30' });
    expect(patchFromDraft({ ...draft, note: ' ', everyDays: '' }, 'alex')).toEqual({
      name: 'Kim',
      relation: 'sister',
      ownerId: 'sam',
      everyDays: null,
      note: '',
      private: false,
    });
    expect(draftFromPerson({ ...person, ownerId: null }).whose).toBe(OURS);
  });
});
