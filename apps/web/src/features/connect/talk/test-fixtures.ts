import type { LiveSession, Member } from '@tandem/shared';

/** Alex (me, who started) and Sam, for the tests of this folder. */
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

/** A conversation Alex started with Sam, just joined: Alex has the floor. */
export function talkSession(overrides: Partial<LiveSession> = {}): LiveSession {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    topic: 'Our evenings',
    starterId: ALEX,
    partnerId: SAM,
    phase: 'talking',
    step: 'speaking',
    floor: ALEX,
    wantsToSolve: [],
    timeout: null,
    turns: [],
    allowedMoves: [],
    summaries: [],
    createdAt: '2026-03-02T18:00:00.000Z',
    updatedAt: '2026-03-02T18:00:00.000Z',
    ...overrides,
  };
}
