import type { Checkin, CheckinList, CreateCheckinBody, UpdateCheckinBody } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/checkins`;
const one = (spaceId: string, checkinId: string) => `${base(spaceId)}/${segment(checkinId)}`;

export const fetchCheckins = (spaceId: string, day: string) =>
  api.get<CheckinList>(`${base(spaceId)}?date=${segment(day)}`);
export const createCheckin = (spaceId: string, body: CreateCheckinBody) =>
  api.post<Checkin>(base(spaceId), body);
export const updateCheckin = (spaceId: string, checkinId: string, body: UpdateCheckinBody) =>
  api.patch<Checkin>(one(spaceId, checkinId), body);
export const revealCheckin = (spaceId: string, checkinId: string) =>
  api.post<Checkin>(`${one(spaceId, checkinId)}/reveal`);
export const deleteCheckin = (spaceId: string, checkinId: string) =>
  api.delete(one(spaceId, checkinId));
