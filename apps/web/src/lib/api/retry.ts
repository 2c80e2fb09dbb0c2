import { isApiError } from './api-error';

/**
 * Retry only what a retry can fix: the network and the server's own failures. A 4xx answer
 * will be the same next time, so it is shown at once.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
