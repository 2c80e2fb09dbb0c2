import { describe, expect, it } from 'vitest';
import { buildCheckin } from './checkin-test-data';
import {
  emptyCheckinValues,
  toCreateBody,
  toUpdateBody,
  valuesFromCheckin,
} from './checkin-values';

describe('toCreateBody', () => {
  it('needs a mood', () => {
    expect(toCreateBody(emptyCheckinValues, '2025-03-01')).toBeUndefined();
  });

  it('sends the day and leaves out empty optional fields', () => {
    const body = toCreateBody({ ...emptyCheckinValues, mood: 3, need: '   ' }, '2025-03-01');
    expect(body).toEqual({ date: '2025-03-01', mood: 3, visibility: 'shared' });
  });

  it('trims and keeps what was given', () => {
    const body = toCreateBody(
      {
        mood: 5,
        energy: 2,
        need: ' a walk ',
        appreciation: 'the soup',
        visibility: 'private',
      },
      '2025-03-01',
    );
    expect(body).toEqual({
      date: '2025-03-01',
      mood: 5,
      energy: 2,
      need: 'a walk',
      appreciation: 'the soup',
      visibility: 'private',
    });
  });
});

describe('toUpdateBody', () => {
  const original = buildCheckin({ mood: 2, energy: 3, need: 'sleep', appreciation: null });

  it('sends nothing when nothing changed', () => {
    expect(toUpdateBody(valuesFromCheckin(original), original)).toEqual({});
  });

  it('sends only the changed fields', () => {
    const values = { ...valuesFromCheckin(original), mood: 4, appreciation: 'tea' };
    expect(toUpdateBody(values, original)).toEqual({ mood: 4, appreciation: 'tea' });
  });

  it('clears removed optional fields with null', () => {
    const values = { ...valuesFromCheckin(original), energy: undefined, need: '  ' };
    expect(toUpdateBody(values, original)).toEqual({ energy: null, need: null });
  });

  it('changes visibility', () => {
    const values = { ...valuesFromCheckin(original), visibility: 'private' as const };
    expect(toUpdateBody(values, original)).toEqual({ visibility: 'private' });
  });
});
