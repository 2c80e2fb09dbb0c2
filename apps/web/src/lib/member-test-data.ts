import type { Member } from '@tandem/shared';

/** Alex (me, the owner) and Sam: the two partners the features' unit tests share, built once. */
export const ALEX = '00000000-0000-4000-8000-00000000000a';
export const SAM = '00000000-0000-4000-8000-00000000000b';

const member = (userId: string, displayName: string, isMe: boolean): Member => ({
  userId,
  displayName,
  timeZone: 'Europe/Berlin',
  role: isMe ? 'owner' : 'member',
  joinedAt: '2026-01-01T00:00:00.000Z',
  isMe,
});

export const members: Member[] = [member(ALEX, 'Alex', true), member(SAM, 'Sam', false)];
