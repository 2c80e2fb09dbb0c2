import type { CalendarEventView, WeekView } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';
import type { EventKind } from './event-kinds';
import type { EventBody, EventPatch } from './event-draft';

export type Minutes = Partial<Record<EventKind, number>>;

export interface WishesView {
  items: { userId: string; minutes: Minutes }[];
}

/** My calendar address: shown only in the answer that made it; afterwards only when it was. */
export interface FeedView {
  url: string | null;
  createdAt: string | null;
}

export interface ImportResult {
  imported: number;
  updated: number;
  skipped: { uid: string; title: string; reason: string }[];
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/calendar`;
const oneEvent = (spaceId: string, eventId: string) =>
  `${base(spaceId)}/events/${segment(eventId)}`;

/** The week holding `day` (Monday to Sunday in my zone), each member's time against wishes. */
export const fetchWeek = (spaceId: string, day: string) =>
  api.get<WeekView>(`${base(spaceId)}/week?${new URLSearchParams({ date: day }).toString()}`);

export const createEvent = (spaceId: string, body: EventBody) =>
  api.post<CalendarEventView>(`${base(spaceId)}/events`, body);
export const updateEvent = (spaceId: string, eventId: string, patch: EventPatch) =>
  api.patch<CalendarEventView>(oneEvent(spaceId, eventId), patch);
export const deleteEvent = (spaceId: string, eventId: string) =>
  api.delete(oneEvent(spaceId, eventId));

export const fetchWishes = (spaceId: string) => api.get<WishesView>(`${base(spaceId)}/wishes`);
export const saveWishes = (spaceId: string, minutes: Minutes) =>
  api.put<WishesView>(`${base(spaceId)}/wishes`, { minutes });

export const fetchFeed = (spaceId: string) => api.get<FeedView>(`${base(spaceId)}/feed`);
export const makeFeed = (spaceId: string) => api.post<FeedView>(`${base(spaceId)}/feed`);
export const stopFeed = (spaceId: string) => api.delete(`${base(spaceId)}/feed`);

export const importCalendar = (spaceId: string, body: { ics: string; kind: EventKind }) =>
  api.post<ImportResult>(`${base(spaceId)}/import`, body);
