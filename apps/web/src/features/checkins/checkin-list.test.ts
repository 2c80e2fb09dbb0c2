import { describe, expect, it } from 'vitest';
import type { CheckinList } from '@tandem/shared';
import { buildCheckin, buildMember } from './checkin-test-data';
import { canCheckInOn, upsertCheckin, waitingNames, waitingOn } from './checkin-list';

const list: CheckinList = {
  items: [buildCheckin({ id: 'a' }), buildCheckin({ id: 'b', authorId: 'alex' })],
  days: [{ date: '2025-03-01', waitingFor: ['kim'], canCheckIn: true }],
};

describe('upsertCheckin', () => {
  it('replaces a check-in with the same id, in place', () => {
    const next = upsertCheckin(list, buildCheckin({ id: 'a', mood: 1 }));
    expect(next.items.map((c) => [c.id, c.mood])).toEqual([
      ['a', 1],
      ['b', 4],
    ]);
    expect(list.items[0]?.mood).toBe(4); // the cached list is not mutated
  });

  it('appends a new check-in', () => {
    expect(upsertCheckin(list, buildCheckin({ id: 'c' })).items.map((c) => c.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('waitingOn', () => {
  it('reads the day’s waiting list, empty for a day not listed', () => {
    expect(waitingOn(list, '2025-03-01')).toEqual(['kim']);
    expect(waitingOn(list, '2025-03-02')).toEqual([]);
  });
});

describe('waitingNames', () => {
  const members = [
    buildMember({ userId: 'me', displayName: 'Me', isMe: true }),
    buildMember({ userId: 'alex', displayName: 'Alex' }),
    buildMember({ userId: 'kim', displayName: 'Kim' }),
  ];

  it('names others in member order and me last, as "you"', () => {
    expect(waitingNames(['kim', 'me', 'alex'], members, 'you')).toEqual(['Alex', 'Kim', 'you']);
  });

  it('skips people who are no longer members', () => {
    expect(waitingNames(['gone', 'kim'], members, 'you')).toEqual(['Kim']);
    expect(waitingNames([], members, 'you')).toEqual([]);
  });
});

describe('canCheckInOn', () => {
  it('follows the server for the day, and says no for a day it did not list', () => {
    expect(canCheckInOn(list, '2025-03-01')).toBe(true);
    const closed = { ...list, days: [{ date: '2025-03-01', waitingFor: [], canCheckIn: false }] };
    expect(canCheckInOn(closed, '2025-03-01')).toBe(false);
    expect(canCheckInOn(list, '2025-03-02')).toBe(false);
  });
});
