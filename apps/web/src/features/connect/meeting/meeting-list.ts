import type { Meeting } from '@tandem/shared';
import type { ActionItem } from './meeting-api';

export interface MeetingList {
  items: Meeting[];
}

/** The list with `meeting` in place of the one with its id, or on top (newest first) if new. */
export function upsertMeeting(list: MeetingList, meeting: Meeting): MeetingList {
  const exists = list.items.some((item) => item.id === meeting.id);
  const items = exists
    ? list.items.map((item) => (item.id === meeting.id ? meeting : item))
    : [meeting, ...list.items];
  return { ...list, items };
}

/** The list with `action` as it now stands, wherever it shows: agreed there, or carried over. */
export function withAction(list: MeetingList, action: ActionItem): MeetingList {
  const replace = (actions: ActionItem[]) =>
    actions.map((item) => (item.id === action.id ? action : item));
  return {
    ...list,
    items: list.items.map((meeting) => ({
      ...meeting,
      actions: replace(meeting.actions),
      carriedOver: replace(meeting.carriedOver),
    })),
  };
}

/** The meeting under way, if any (only ever the newest), and the ones that have ended. */
export function splitMeetings(meetings: readonly Meeting[]): {
  current: Meeting | undefined;
  earlier: Meeting[];
} {
  return {
    current: meetings.find((meeting) => meeting.endedAt === null),
    earlier: meetings.filter((meeting) => meeting.endedAt !== null),
  };
}
