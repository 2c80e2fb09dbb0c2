import type { CreateSpaceBody, Member, Space } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

const base = (spaceId: string) => `/spaces/${segment(spaceId)}`;

export const fetchSpaces = () => api.get<{ items: Space[] }>('/spaces');
export const fetchSpace = (spaceId: string) => api.get<Space>(base(spaceId));
export const createSpace = (body: CreateSpaceBody) => api.post<Space>('/spaces', body);
export const renameSpace = (spaceId: string, name: string) =>
  api.patch<Space>(base(spaceId), { name });
export const fetchMembers = (spaceId: string) =>
  api.get<{ items: Member[] }>(`${base(spaceId)}/members`);
export const leaveSpace = (spaceId: string) => api.delete(`${base(spaceId)}/members/me`);
