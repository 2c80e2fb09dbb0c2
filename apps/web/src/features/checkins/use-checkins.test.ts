import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { CheckinList } from '@tandem/shared';
import { ApiError } from '../../lib/api/api-error';
import { queryKeys } from '../../lib/api/query-keys';
import { buildCheckin } from './checkin-test-data';
import { checkinMutationOptions } from './use-checkins';

const day = '2025-03-01';
const key = queryKeys.checkinsOn('s1', day);
const listOf = (...items: ReturnType<typeof buildCheckin>[]): CheckinList => ({
  items,
  days: [{ date: day, waitingFor: [], canCheckIn: items.length === 0 }],
});

/** A client with the day on screen (an active query), answered by `server` on every fetch. */
async function showingDay(server: () => CheckinList | Promise<CheckinList>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetches = vi.fn(() => Promise.resolve(server()));
  const observer = new QueryObserver(client, { queryKey: key, queryFn: fetches });
  const unsubscribe = observer.subscribe(() => undefined);
  await vi.waitFor(() => expect(client.getQueryData(key)).toBeDefined());
  return { client, fetches, unsubscribe };
}

function run<V>(client: QueryClient, options: ReturnType<typeof checkinMutationOptions<V>>, v: V) {
  return client
    .getMutationCache()
    .build(client, options)
    .execute(v)
    .catch(() => undefined);
}

describe('checkinMutationOptions', () => {
  it('shows my new check-in at once and reports success after the day is refetched', async () => {
    const mine = buildCheckin({ id: 'new' });
    let refetch: Promise<CheckinList> | undefined;
    let answerRefetch: (list: CheckinList) => void = () => undefined;
    const { client, fetches, unsubscribe } = await showingDay(() => refetch ?? listOf());
    const onSuccess = vi.fn(() => client.getQueryData<CheckinList>(key));
    const options = checkinMutationOptions(
      client,
      's1',
      () => {
        refetch = new Promise((resolve) => (answerRefetch = resolve));
        return Promise.resolve(mine);
      },
      { onSuccess },
    );
    const done = run(client, options, undefined);
    await vi.waitFor(() => expect(fetches).toHaveBeenCalledTimes(2));
    // The refetch is still on its way: my check-in shows already, the outcome waits.
    expect(client.getQueryData<CheckinList>(key)?.items.map((c) => c.id)).toEqual(['new']);
    expect(onSuccess).not.toHaveBeenCalled();

    answerRefetch(listOf(mine));
    await done;
    expect(onSuccess).toHaveReturnedWith(listOf(mine)); // the server's word, days included
    unsubscribe();
  });

  it('reports a refusal, after refetching, without guessing anything locally', async () => {
    const { client, unsubscribe } = await showingDay(() => listOf());
    const onError = vi.fn();
    const onSuccess = vi.fn();
    const refusal = new ApiError(409, 'checkin_final', 'x');
    const options = checkinMutationOptions(client, 's1', () => Promise.reject(refusal), {
      onError,
      onSuccess,
    });
    await run(client, options, undefined);
    expect(onError).toHaveBeenCalledWith(refusal);
    expect(onSuccess).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('leaves a deleted check-in to the refetch, which alone knows if the day reopens', async () => {
    const mine = buildCheckin({ id: 'old' });
    let onServer = listOf(mine);
    const { client, unsubscribe } = await showingDay(() => onServer);
    const cachedWhileDeleting: (CheckinList | undefined)[] = [];
    const options = checkinMutationOptions(client, 's1', () => {
      cachedWhileDeleting.push(client.getQueryData<CheckinList>(key));
      onServer = listOf();
      return Promise.resolve(undefined);
    });
    await run(client, options, undefined);
    expect(cachedWhileDeleting).toEqual([listOf(mine)]);
    expect(client.getQueryData<CheckinList>(key)).toEqual(listOf()); // and the day is open again
    unsubscribe();
  });
});
