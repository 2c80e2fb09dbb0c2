import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Responsibility } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { choreMutationOptions } from './use-chores';

const chore = (id: string, myRating: Responsibility['myRating'] = null): Responsibility => ({
  id,
  name: `Chore ${id}`,
  area: 'home',
  firstDueOn: '2026-01-01',
  stageOwners: { notice: null, plan: null },
  doneWell: null,
  rrule: null,
  scheduleFrom: 'due',
  minutes: { notice: 0, plan: 0, do: 30 },
  starterKey: null,
  ownerId: null,
  pinnedTo: null,
  myRating,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  capabilities: { canEdit: true, canDelete: true },
});

/** A client with the list and the shares on screen, each answered by its own fetch. */
async function showing(list: () => { items: Responsibility[] }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const listFetches = vi.fn(() => Promise.resolve(list()));
  const shareFetches = vi.fn(() => Promise.resolve({ assignment: [], fair: true, members: [] }));
  const observers = [
    new QueryObserver(client, { queryKey: queryKeys.choreList('s1'), queryFn: listFetches }),
    new QueryObserver(client, { queryKey: queryKeys.choreShares('s1'), queryFn: shareFetches }),
  ];
  const unsubscribes = observers.map((observer) => observer.subscribe(() => undefined));
  await vi.waitFor(() => expect(shareFetches).toHaveBeenCalledTimes(1));
  await vi.waitFor(() => expect(listFetches).toHaveBeenCalledTimes(1));
  return { client, listFetches, shareFetches, stop: () => unsubscribes.forEach((u) => u()) };
}

describe('choreMutationOptions', () => {
  it('shows the changed responsibility at once and refetches the shares too', async () => {
    let server = { items: [chore('a'), chore('b')] };
    const { client, shareFetches, stop } = await showing(() => server);
    const rated = chore('b', 'love');
    const options = choreMutationOptions(client, 's1', () => {
      server = { items: [chore('a'), rated] };
      return Promise.resolve(rated);
    });
    const mutation = client.getMutationCache().build(client, options);
    const done = mutation.execute(undefined);
    await vi.waitFor(() =>
      expect(client.getQueryData<typeof server>(queryKeys.choreList('s1'))?.items[1]).toEqual(
        rated,
      ),
    );
    await done;
    expect(shareFetches).toHaveBeenCalledTimes(2);
    stop();
  });

  it('refetches after a failure too, and leaves the list as the server has it', async () => {
    const { client, listFetches, stop } = await showing(() => ({ items: [chore('a')] }));
    const options = choreMutationOptions(client, 's1', () => Promise.reject(new Error('no')));
    await client
      .getMutationCache()
      .build(client, options)
      .execute(undefined)
      .catch(() => undefined);
    expect(listFetches).toHaveBeenCalledTimes(2);
    expect(client.getQueryData(queryKeys.choreList('s1'))).toEqual({ items: [chore('a')] });
    stop();
  });
});
