import { describe, expect, it } from 'vitest';
import type { ChoreSharesView, Responsibility } from '@tandem/shared';
import { ApiError } from '../../lib/api/api-error';
import {
  choresOf,
  isCurrentShare,
  memberName,
  missingAvailability,
  unsharedChores,
} from './shares-view';

const chore = (id: string, ownerId: string | null = null): Responsibility => ({
  id,
  name: `Chore ${id}`,
  area: 'home',
  firstDueOn: '2026-01-01',
  stageOwners: { notice: null, plan: null },
  doneWell: null,
  rrule: 'FREQ=WEEKLY',
  scheduleFrom: 'due',
  minutes: { notice: 0, plan: 0, do: 30 },
  starterKey: null,
  ownerId,
  pinnedTo: null,
  myRating: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  capabilities: { canEdit: true, canDelete: true },
});

const shares: ChoreSharesView = {
  assignment: [
    { choreId: 'b', userId: 'sam', pinned: true },
    { choreId: 'a', userId: 'alex', pinned: false },
    { choreId: 'c', userId: 'alex', pinned: false },
  ],
  fair: true,
  members: [],
};

describe('missingAvailability', () => {
  it('reads who is missing from a 409 availability_missing', () => {
    const error = new ApiError(409, 'availability_missing', 'x', {}, { missing: ['sam', 7] });
    expect(missingAvailability(error)).toEqual(['sam']);
    expect(missingAvailability(new ApiError(409, 'availability_missing', 'x'))).toEqual([]);
  });

  it('is undefined for any other error', () => {
    expect(missingAvailability(new ApiError(404, 'not_found', 'x'))).toBeUndefined();
    expect(missingAvailability(new Error('boom'))).toBeUndefined();
  });
});

describe('choresOf', () => {
  it('lists what one member takes, in list order, with pins', () => {
    const chores = [chore('a'), chore('b'), chore('c')];
    expect(choresOf(shares, chores, 'alex').map((s) => s.chore.id)).toEqual(['a', 'c']);
    expect(choresOf(shares, chores, 'sam')).toEqual([{ chore: chores[1], pinned: true }]);
    expect(choresOf(shares, chores, 'kim')).toEqual([]);
  });
});

describe('unsharedChores', () => {
  it('finds responsibilities the share leaves out', () => {
    expect(unsharedChores(shares, [chore('a'), chore('d')]).map((c) => c.id)).toEqual(['d']);
  });
});

describe('isCurrentShare', () => {
  it('is true only when every owner already matches', () => {
    const owned = [chore('a', 'alex'), chore('b', 'sam'), chore('c', 'alex')];
    expect(isCurrentShare(shares, owned)).toBe(true);
    expect(isCurrentShare(shares, [chore('a', 'sam')])).toBe(false);
    expect(isCurrentShare(shares, [chore('a')])).toBe(false);
  });
});

describe('memberName', () => {
  it('names members, and anyone who has left as a former member', () => {
    const members = [
      {
        userId: 'sam',
        displayName: 'Sam',
        timeZone: 'UTC',
        role: 'owner' as const,
        joinedAt: '2025-01-01T00:00:00.000Z',
        isMe: true,
      },
    ];
    expect(memberName(members, 'sam')).toBe('Sam');
    expect(memberName(members, 'gone')).toBe('Former member');
  });
});
