import type { Meeting, MeetingStep } from '@tandem/shared';
import { api, segment } from '../../../lib/api/api-client';

/** When the weekly meeting is, in the zone of whoever picked it; all null until someone has. */
export interface MeetingSettings {
  /** 0 = Monday … 6 = Sunday. */
  weekday: number | null;
  /** HH:MM, 24 h. */
  time: string | null;
  timeZone: string | null;
  /** When it next comes round. */
  nextAt: string | null;
}

export interface MeetingSettingsBody {
  weekday: number;
  time: string;
}

export type MeetingTopic = Meeting['topics'][number];
/** A topic on the agenda, before a meeting has taken it up (so without a note). */
export type AgendaTopic = Omit<MeetingTopic, 'note'>;
export type ActionItem = Meeting['actions'][number];

/** The notes a meeting keeps; my appreciation and my need are mine, the rest is shared. */
export interface MeetingNotes {
  wentWell?: string;
  appreciation?: string;
  need?: string;
  topicNotes?: Record<string, string>;
}

export interface UpdateMeetingBody {
  step?: MeetingStep;
  notes?: MeetingNotes;
}

export interface AddActionBody {
  text: string;
  ownerId: string;
  dueOn?: string;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/meeting`;
const meetings = (spaceId: string) => `${base(spaceId)}s`;
const oneMeeting = (spaceId: string, meetingId: string) =>
  `${meetings(spaceId)}/${segment(meetingId)}`;

export const fetchMeetingSettings = (spaceId: string) =>
  api.get<MeetingSettings>(`${base(spaceId)}/settings`);
export const saveMeetingSettings = (spaceId: string, body: MeetingSettingsBody) =>
  api.put<MeetingSettings>(`${base(spaceId)}/settings`, body);

export const fetchAgenda = (spaceId: string) =>
  api.get<{ items: AgendaTopic[] }>(`${base(spaceId)}/agenda`);
export const addAgendaTopic = (spaceId: string, text: string) =>
  api.post<AgendaTopic>(`${base(spaceId)}/agenda`, { text });
export const removeAgendaTopic = (spaceId: string, topicId: string) =>
  api.delete(`${base(spaceId)}/agenda/${segment(topicId)}`);

/** Newest first: the one under way, if any, then the earlier ones. */
export const fetchMeetings = (spaceId: string) => api.get<{ items: Meeting[] }>(meetings(spaceId));
/** This week's meeting, or the one already under way: it takes up the whole agenda. */
export const startMeeting = (spaceId: string) => api.post<Meeting>(meetings(spaceId));
export const updateMeeting = (spaceId: string, meetingId: string, body: UpdateMeetingBody) =>
  api.patch<Meeting>(oneMeeting(spaceId, meetingId), body);
export const endMeeting = (spaceId: string, meetingId: string) =>
  api.post<Meeting>(`${oneMeeting(spaceId, meetingId)}/end`);
export const addAction = (spaceId: string, meetingId: string, body: AddActionBody) =>
  api.post<Meeting>(`${oneMeeting(spaceId, meetingId)}/actions`, body);
export const setActionDone = (spaceId: string, actionId: string, done: boolean) =>
  api.patch<ActionItem>(`${base(spaceId)}/actions/${segment(actionId)}`, { done });
