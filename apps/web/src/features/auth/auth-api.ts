import type { LoginBody, Me, RegisterBody } from '@tandem/shared';
import { api } from '../../lib/api/api-client';
import { isUnauthenticated } from '../../lib/api/api-error';

/** Who is signed in, or `null` when no one is: being signed out is a state, not an error. */
export async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/me');
  } catch (error) {
    if (isUnauthenticated(error)) return null;
    throw error;
  }
}

export const login = (body: LoginBody) => api.post<Me>('/auth/login', body);
export const register = (body: RegisterBody) => api.post<Me>('/auth/register', body);
export const logout = () => api.post<undefined>('/auth/logout');
