import type { LoginBody, Me, RegisterBody } from '@tandem/shared';
import { api } from '../../lib/api/api-client';
import { isUnauthenticated } from '../../lib/api/api-error';
import { clearSignInPending, signInPending } from './pending-sign-in';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Who is signed in, or `null` when no one is: being signed out is a state, not an error.
 * While a sign-in from the previous page may still be landing, it asks again for a moment.
 */
export async function fetchMe(): Promise<Me | null> {
  for (;;) {
    try {
      const me = await api.get<Me>('/me');
      clearSignInPending();
      return me;
    } catch (error) {
      if (!isUnauthenticated(error)) throw error;
    }
    if (!signInPending()) return null;
    await pause(250);
  }
}

export const login = (body: LoginBody) => api.post<Me>('/auth/login', body);
export const register = (body: RegisterBody) => api.post<Me>('/auth/register', body);
export const logout = () => api.post<undefined>('/auth/logout');
