import type { NotificationType } from '@tandem/shared';
import { api, segment } from '../../../lib/api/api-client';

/** One line of my inbox: that something happened, and what it is about (not its content). */
export interface InboxItem {
  id: string;
  type: NotificationType;
  refId: string;
  /** Arrived in my quiet hours: listed, without a ping. */
  silent: boolean;
  read: boolean;
  createdAt: string;
}

/** Newest first, with how many are unread in all. */
export interface Inbox {
  items: InboxItem[];
  unread: number;
}

export interface QuietHours {
  from: string;
  to: string;
}

/** The kinds I do not want to hear of, and my quiet hours (in my own time zone). */
export interface InboxSettings {
  muted: NotificationType[];
  quietHours: QuietHours | null;
}

export type MarkReadBody = { ids: string[] } | { all: true };

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/notifications`;

export const fetchInbox = (spaceId: string) => api.get<Inbox>(base(spaceId));

/** The server answers with the inbox as it now stands. */
export const markRead = (spaceId: string, body: MarkReadBody) =>
  api.post<Inbox>(`${base(spaceId)}/read`, body);

export const fetchInboxSettings = (spaceId: string) =>
  api.get<InboxSettings>(`${base(spaceId)}/settings`);

export const saveInboxSettings = (spaceId: string, body: InboxSettings) =>
  api.put<InboxSettings>(`${base(spaceId)}/settings`, body);
