import type { ChangePasswordBody, Me, Session, UpdateMeBody } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

export const updateMe = (body: UpdateMeBody) => api.patch<Me>('/me', body);
export const changePassword = (body: ChangePasswordBody) =>
  api.post<undefined>('/auth/password', body);
export const fetchSessions = () => api.get<{ items: Session[] }>('/auth/sessions');
export const endSession = (sessionId: string) => api.delete(`/auth/sessions/${segment(sessionId)}`);
