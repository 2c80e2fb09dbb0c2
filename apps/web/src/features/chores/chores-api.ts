import type {
  ChoreRating,
  ChoreSharesView,
  CreateResponsibilityBody,
  Responsibility,
  StarterItem,
  UpdateResponsibilityBody,
} from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

export interface Availability {
  items: { userId: string; hoursPerWeek: number | null }[];
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/chores`;
const one = (spaceId: string, choreId: string) => `${base(spaceId)}/${segment(choreId)}`;

export const fetchChores = (spaceId: string) => api.get<{ items: Responsibility[] }>(base(spaceId));
export const createChore = (spaceId: string, body: CreateResponsibilityBody) =>
  api.post<Responsibility>(base(spaceId), body);
export const updateChore = (spaceId: string, choreId: string, body: UpdateResponsibilityBody) =>
  api.patch<Responsibility>(one(spaceId, choreId), body);
export const deleteChore = (spaceId: string, choreId: string) => api.delete(one(spaceId, choreId));
export const rateChore = (spaceId: string, choreId: string, rating: ChoreRating) =>
  api.put<Responsibility>(`${one(spaceId, choreId)}/rating`, { rating });

export const fetchStarter = (spaceId: string) =>
  api.get<{ items: StarterItem[] }>(`${base(spaceId)}/starter`);
export const addStarter = (spaceId: string, keys: string[]) =>
  api.post<{ items: Responsibility[] }>(`${base(spaceId)}/starter`, { keys });

export const fetchAvailability = (spaceId: string) =>
  api.get<Availability>(`${base(spaceId)}/availability`);
export const saveAvailability = (spaceId: string, hoursPerWeek: number) =>
  api.put<Availability>(`${base(spaceId)}/availability`, { hoursPerWeek });

export const fetchProposal = (spaceId: string) =>
  api.get<ChoreSharesView>(`${base(spaceId)}/proposal`);
export const acceptProposal = (spaceId: string) =>
  api.post<ChoreSharesView>(`${base(spaceId)}/proposal/accept`);
export const fetchShares = (spaceId: string) => api.get<ChoreSharesView>(`${base(spaceId)}/shares`);
