import type { InviteCreated, InvitePreview, PendingInvite, Space } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/invites`;

export const createInvite = (spaceId: string) => api.post<InviteCreated>(base(spaceId));
export const fetchInvites = (spaceId: string) => api.get<{ items: PendingInvite[] }>(base(spaceId));
export const revokeInvite = (spaceId: string, inviteId: string) =>
  api.delete(`${base(spaceId)}/${segment(inviteId)}`);
export const fetchInvitePreview = (token: string) =>
  api.get<InvitePreview>(`/invites/${segment(token)}`);
export const acceptInvite = (token: string) => api.post<Space>(`/invites/${segment(token)}/accept`);
