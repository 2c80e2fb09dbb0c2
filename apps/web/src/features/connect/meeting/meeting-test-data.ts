import type { Meeting } from '@tandem/shared';
import { ALEX } from '../../../lib/member-test-data';
import type { ActionItem, MeetingSettings } from './meeting-api';

/** Alex (me) and Sam, the same two as in the other features' tests. */
export { ALEX, SAM, members } from '../../../lib/member-test-data';

/** A meeting Alex started on Sunday 29 November 2026, at its first step, nothing written. */
export function buildMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: 'm1',
    step: 'appreciations',
    startedBy: ALEX,
    startedAt: '2026-11-29T18:02:00.000Z',
    endedAt: null,
    wentWell: '',
    appreciations: [],
    needs: [],
    topics: [],
    actions: [],
    carriedOver: [],
    ...overrides,
  };
}

export function buildAction(overrides: Partial<ActionItem> = {}): ActionItem {
  return {
    id: 'a1',
    meetingId: 'm0',
    text: 'Book the cabin',
    ownerId: ALEX,
    dueOn: null,
    done: false,
    ...overrides,
  };
}

/** Sundays at 19:00 on Alex's clock, next on 29 November 2026. */
export function buildSettings(overrides: Partial<MeetingSettings> = {}): MeetingSettings {
  return {
    weekday: 6,
    time: '19:00',
    timeZone: 'Europe/Berlin',
    nextAt: '2026-11-29T18:00:00.000Z',
    ...overrides,
  };
}
