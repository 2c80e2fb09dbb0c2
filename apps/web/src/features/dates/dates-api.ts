import type {
  DateCost,
  DateDuration,
  DateEnergy,
  DateIdeaFilter,
  DateIdeaRef,
  DateIdeaView,
  DateSeason,
  DateSetting,
  Memory,
  PlannedDate,
} from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

/** An idea of our own, tagged like the bank's (the contract's `dateIdeaBody`). */
export interface IdeaBody {
  title: string;
  description?: string;
  setting: DateSetting;
  cost: DateCost;
  duration: DateDuration;
  energy: DateEnergy;
  seasons: DateSeason[];
}

export interface PlanBody {
  title: string;
  note?: string;
  place?: string;
  idea?: DateIdeaRef;
  inviteeIds: string[];
  /** YYYY-MM-DDTHH:MM in `timeZone` (mine when left out). */
  start: string;
  end: string;
  timeZone?: string;
}

export interface DatePatch {
  title?: string;
  note?: string;
  place?: string;
}

/** Another time, in the date's own zone unless another is given. */
export interface RescheduleBody {
  start: string;
  end: string;
  timeZone?: string;
  note?: string;
}

export interface MemoryBody {
  dateId?: string;
  day?: string;
  note: string;
  /** The photo's bytes in base64. */
  photo?: string;
}

export interface MemoryPatch {
  note?: string;
  day?: string;
  /** A new photo in base64, or null to remove it. */
  photo?: string | null;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/dates`;
const oneIdea = (spaceId: string, ideaId: string) => `${base(spaceId)}/ideas/${segment(ideaId)}`;
const onePlan = (spaceId: string, dateId: string) => `${base(spaceId)}/plans/${segment(dateId)}`;
const oneMemory = (spaceId: string, memoryId: string) =>
  `${base(spaceId)}/memories/${segment(memoryId)}`;

/** The ideas that fit, ours first, then Tandem's bank. */
export function fetchIdeas(spaceId: string, filter: DateIdeaFilter) {
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString();
  return api.get<{ items: DateIdeaView[] }>(`${base(spaceId)}/ideas${query ? `?${query}` : ''}`);
}
export const createIdea = (spaceId: string, body: IdeaBody) =>
  api.post<DateIdeaView>(`${base(spaceId)}/ideas`, body);
export const updateIdea = (spaceId: string, ideaId: string, patch: Partial<IdeaBody>) =>
  api.patch<DateIdeaView>(oneIdea(spaceId, ideaId), patch);
export const deleteIdea = (spaceId: string, ideaId: string) => api.delete(oneIdea(spaceId, ideaId));

/** The dates I am in, soonest first. */
export const fetchPlans = (spaceId: string) =>
  api.get<{ items: PlannedDate[] }>(`${base(spaceId)}/plans`);
export const fetchPlan = (spaceId: string, dateId: string) =>
  api.get<PlannedDate>(onePlan(spaceId, dateId));
export const planDate = (spaceId: string, body: PlanBody) =>
  api.post<PlannedDate>(`${base(spaceId)}/plans`, body);
export const updatePlan = (spaceId: string, dateId: string, patch: DatePatch) =>
  api.patch<PlannedDate>(onePlan(spaceId, dateId), patch);
export const answerDate = (spaceId: string, dateId: string, answer: 'accepted' | 'declined') =>
  api.put<PlannedDate>(`${onePlan(spaceId, dateId)}/answer`, { answer });
export const rescheduleDate = (spaceId: string, dateId: string, body: RescheduleBody) =>
  api.post<PlannedDate>(`${onePlan(spaceId, dateId)}/reschedule`, body);
export const cancelDate = (spaceId: string, dateId: string) =>
  api.post<PlannedDate>(`${onePlan(spaceId, dateId)}/cancel`);

/** Our timeline, newest first: the memories of dates I was in, and of days the space shares. */
export const fetchMemories = (spaceId: string) =>
  api.get<{ items: Memory[] }>(`${base(spaceId)}/memories`);
export const addMemory = (spaceId: string, body: MemoryBody) =>
  api.post<Memory>(`${base(spaceId)}/memories`, body);
export const updateMemory = (spaceId: string, memoryId: string, patch: MemoryPatch) =>
  api.patch<Memory>(oneMemory(spaceId, memoryId), patch);
export const deleteMemory = (spaceId: string, memoryId: string) =>
  api.delete(oneMemory(spaceId, memoryId));
