import { describe, expect, it } from 'vitest';
import type { Appreciation } from '@tandem/shared';
import { givenMeta, receivedMeta } from './history-words';

const note = (overrides: Partial<Appreciation> = {}): Appreciation => ({
  id: 'n1',
  fromId: 'alex',
  toId: 'sam',
  text: 'Thank you for dinner',
  deliverAt: '2026-03-02T18:00:00.000Z',
  arrived: true,
  createdAt: '2026-03-02T18:00:00.000Z',
  ...overrides,
});
const plain = (text: string) => text.replace(/\s/g, ' ');
const now = new Date('2026-03-02T19:00:00Z');

describe('history lines', () => {
  it('says who from, and the day a note arrived', () => {
    expect(receivedMeta(note(), 'Alex', 'UTC')).toBe('From Alex · Mar 2, 2026');
    expect(givenMeta(note(), 'Sam', 'UTC', now)).toBe('To Sam · Mar 2, 2026');
  });

  it('marks a given note still on its way with when it arrives', () => {
    const later = note({ arrived: false, deliverAt: '2026-03-03T08:00:00.000Z' });
    expect(plain(givenMeta(later, 'Sam', 'UTC', now))).toBe('To Sam · Arrives tomorrow at 8:00 AM');
  });
});
