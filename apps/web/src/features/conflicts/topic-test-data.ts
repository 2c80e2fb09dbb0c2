import type { ConflictTopic } from '@tandem/shared';
import { ALEX, SAM } from '../../lib/member-test-data';

type Perspective = ConflictTopic['perspectives'][number];

/** A topic Alex raised with Sam, nobody's side written yet; override what a test is about. */
export function buildTopic(overrides: Partial<ConflictTopic> = {}): ConflictTopic {
  return {
    id: 't1',
    title: 'Evenings on our phones',
    text: 'I miss talking in the evenings.',
    raisedBy: ALEX,
    participantIds: [ALEX, SAM],
    tags: ['time'],
    createdAt: '2026-03-02T18:00:00.000Z',
    updatedAt: '2026-03-02T18:00:00.000Z',
    phase: 'perspectives',
    pause: null,
    perspectives: [],
    waitingFor: [ALEX, SAM],
    ideas: [],
    agreement: null,
    followUps: [],
    capabilities: {
      canWritePerspective: true,
      canAddIdea: false,
      canProposeAgreement: false,
      canAgree: false,
      canFollowUp: false,
      canPause: true,
      canResume: false,
      canDelete: true,
    },
    ...overrides,
  };
}

export function writtenSide(userId: string): Perspective {
  return {
    userId,
    view: 'full',
    happened: 'We both looked at our phones.',
    felt: 'Lonely.',
    need: 'Half an hour together.',
    myPart: 'I picked mine up first.',
    writtenAt: '2026-03-02T19:00:00.000Z',
  };
}

export function sealedSide(userId: string): Perspective {
  return {
    userId,
    view: 'sealed',
    happened: null,
    felt: null,
    need: null,
    myPart: null,
    writtenAt: '2026-03-02T19:00:00.000Z',
  };
}
