import { MutationCache, QueryCache, QueryClient, type Query } from '@tanstack/react-query';
import type { Me } from '@tandem/shared';
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
  forgetPreviousPerson(client);
  return client;
}

/**
 * Whenever `/me` turns out to be someone else — signed out, or another person signed in, maybe
 * in another tab of this browser — everything cached for the previous person is reset, so
 * nothing of theirs is shown to the next one, not even while it is refetched. Resetting (not
 * removing) also empties the screens that are on show right now.
 */
function forgetPreviousPerson(client: QueryClient): void {
  let shownFor: string | null | undefined; // undefined until `/me` first answers
  client.getQueryCache().subscribe((event) => {
    const query = event.query as Query<Me | null>;
    if (event.type !== 'updated' || query.queryKey[0] !== queryKeys.me[0]) return;
    const data = query.state.data;
    if (data === undefined) return;
    const personId = data?.id ?? null;
    const changed = shownFor !== undefined && personId !== shownFor;
    shownFor = personId;
    if (changed) {
      void client.resetQueries({ predicate: (cached) => cached.queryKey[0] !== queryKeys.me[0] });
    }
  });
}
