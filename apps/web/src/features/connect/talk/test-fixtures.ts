import type { LiveSession } from '@tandem/shared';
import { ALEX, SAM } from '../../../lib/member-test-data';

/** Alex (me, who started) and Sam, the same two as in the other features' tests. */
export { ALEX, SAM, members } from '../../../lib/member-test-data';

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
