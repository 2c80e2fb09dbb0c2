import type { CalendarEventView, WeekView } from '@tandem/shared';
import { ALEX, SAM } from '../../lib/member-test-data';

export { ALEX, SAM };

/** An event as the server shows it to Alex; every field can be overridden. */
export function calendarEvent(overrides: Partial<CalendarEventView> = {}): CalendarEventView {
  return {
    id: '00000000-0000-4000-8000-0000000000e1',
    title: 'Dinner',
    description: null,
    kind: 'together',
    participantIds: [ALEX, SAM],
    allDay: false,
    start: '2026-05-04T19:00',
    end: '2026-05-04T21:00',
    timeZone: 'Europe/Berlin',
    rrule: null,
    exdates: [],
    protected: false,
    createdBy: ALEX,
    imported: false,
    dateId: null,
    updatedAt: '2026-05-01T10:00:00.000Z',
    capabilities: { canEdit: true },
    ...overrides,
  };
}

type WeekMember = WeekView['members'][number];

export const noTime = { together: 0, solo: 0, social: 0, family: 0, work: 0 };

export function weekMember(
  userId: string,
  actual: Partial<WeekMember['actual']>,
  wished: WeekMember['wished'],
): WeekMember {
  return { userId, actual: { ...noTime, ...actual }, wished };
}

/** The week of Monday 4 May 2026 in Berlin (UTC+2), with the events and occurrences given. */
export function weekOf(
  events: CalendarEventView[],
  occurrences: WeekView['occurrences'],
): WeekView {
  return {
    firstDay: '2026-05-04',
    start: '2026-05-03T22:00:00.000Z',
    end: '2026-05-10T22:00:00.000Z',
    members: [weekMember(ALEX, {}, {}), weekMember(SAM, {}, {})],
    occurrences,
    events,
  };
}
