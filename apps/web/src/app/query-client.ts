import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isUnauthenticated } from '../lib/api/api-error';
import { queryKeys } from '../lib/api/query-keys';
import { shouldRetry } from '../lib/api/retry';

/**
 * One client for the app. Any request that finds the session gone marks the person as signed
 * out; the auth guard then sends them to sign in and back.
 */
export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isUnauthenticated(error)) client.setQueryData(queryKeys.me, null);
  };
  const client = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { staleTime: 30_000, retry: shouldRetry },
      mutations: { retry: false },
    },
  });
  return client;
}

/** Drops everything cached except who is signed in, e.g. before another person signs in. */
export function forgetEverythingButMe(client: QueryClient): void {
  client.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
}
