import type { Decision } from '@tandem/shared';
import { ALEX, members, SAM } from '../../lib/member-test-data';
import { peopleOf } from './people';

export { ALEX, SAM };

/** Alex (me) and Sam, as a decision's words see them. */
export const people = peopleOf(members, ALEX);

type Option = Decision['options'][number];
export const option = (id: string, label: string, statusQuo = false): Option => ({
  id,
  label,
  details: '',
  statusQuo,
  addedBy: ALEX,
});

/** A decision still being scored, with two options and nobody's scores in. */
export function buildDecision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'd1',
    question: 'Where do we go this summer?',
    details: '',
    openedBy: ALEX,
    createdAt: '2026-03-01T10:00:00.000Z',
    deadlineOn: null,
    phase: 'scoring',
    options: [option('o1', 'The coast'), option('o2', 'The mountains')],
    waitingFor: [ALEX, SAM],
    myBallot: null,
    ballots: [],
    recommendation: null,
    choice: null,
    capabilities: {
      canScore: true,
      canAddOption: true,
      canDecide: false,
      canReview: false,
      canDelete: true,
    },
    ...overrides,
  };
}

type Ballot = Decision['ballots'][number];
export const ballot = (
  userId: string,
  scores: Record<string, number>,
  marks: Partial<Pick<Ballot, 'vetoes' | 'couldLiveWith'>> = {},
): Ballot => ({ userId, scores, vetoes: [], couldLiveWith: [], ...marks });
