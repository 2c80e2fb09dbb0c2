import type { DateIdeaView, Memory, PlannedDate } from '@tandem/shared';
import { ALEX, members, SAM } from '../../lib/member-test-data';
import type { DatesContext } from './dates-context';

export { ALEX, SAM };

/** Alex, in Berlin, on Monday 4 May 2026. */
export const context: DatesContext = {
  spaceId: 'space',
  myId: ALEX,
  timeZone: 'Europe/Berlin',
  today: '2026-05-04',
  members,
};

/** A date Alex planned and Sam is asked to, as the server shows it to Alex. */
export function plannedDate(overrides: Partial<PlannedDate> = {}): PlannedDate {
  return {
    id: 'd1',
    title: 'Dinner at Lupa',
    note: '',
    place: '',
    idea: null,
    start: '2026-05-08T19:00',
    end: '2026-05-08T21:00',
    timeZone: 'Europe/Berlin',
    startAt: '2026-05-08T17:00:00.000Z',
    endAt: '2026-05-08T19:00:00.000Z',
    plannedBy: ALEX,
    suggestion: null,
    participants: [
      { userId: ALEX, answer: 'accepted', answeredAt: '2026-05-01T10:00:00.000Z' },
      { userId: SAM, answer: 'invited', answeredAt: null },
    ],
    status: 'invited',
    past: false,
    eventId: null,
    memoryCount: 0,
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    capabilities: {
      canEdit: true,
      canAnswer: true,
      canReschedule: true,
      canCancel: true,
      canAddMemory: false,
    },
    ...overrides,
  };
}

export function idea(overrides: Partial<DateIdeaView> = {}): DateIdeaView {
  return {
    ref: { source: 'bank', key: 'blanket-fort-film' },
    title: 'Blanket fort film night',
    description: 'Build a fort and watch a film inside it.',
    setting: 'home',
    cost: 'free',
    duration: 'evening',
    energy: 'low',
    seasons: ['any'],
    createdBy: null,
    ...overrides,
  };
}

export function memory(overrides: Partial<Memory> = {}): Memory {
  return {
    id: 'm1',
    dateId: null,
    dateTitle: null,
    authorId: ALEX,
    day: '2026-05-02',
    note: 'The river at dusk',
    photo: null,
    createdAt: '2026-05-02T20:00:00.000Z',
    updatedAt: '2026-05-02T20:00:00.000Z',
    capabilities: { canEdit: true },
    ...overrides,
  };
}
