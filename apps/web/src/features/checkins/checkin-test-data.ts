import type { Checkin, Member } from '@tandem/shared';

/** Builders for the check-in unit tests. */
export function buildCheckin(overrides: Partial<Checkin> = {}): Checkin {
  return {
    id: 'c1',
    authorId: 'me',
    date: '2025-03-01',
    sealed: false,
    visibility: 'shared',
    revealedEarly: false,
    mood: 4,
    energy: null,
    need: null,
    appreciation: null,
    createdAt: '2025-03-01T08:00:00.000Z',
    updatedAt: '2025-03-01T08:00:00.000Z',
    capabilities: { canEdit: true, canReveal: true, canDelete: true },
    ...overrides,
  };
}

export function buildMember(overrides: Partial<Member> = {}): Member {
  return {
    userId: 'me',
    displayName: 'Sam',
    timeZone: 'Europe/Berlin',
    role: 'member',
    joinedAt: '2025-01-01T00:00:00.000Z',
    isMe: false,
    ...overrides,
  };
}
