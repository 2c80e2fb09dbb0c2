import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys, type QueryKey } from '../../../lib/api/query-keys';
import { queryKeysForEvent } from '../../../lib/realtime/event-keys';
import type { Appreciations } from './appreciate-api';
import { saveCareMutationOptions, sendMutationOptions } from './use-appreciate';

const under = (prefixes: QueryKey[], key: QueryKey) =>
  prefixes.some((prefix) => prefix.every((part, i) => key[i] === part));

function run(client: QueryClient, options: object, variables: unknown) {
  return client.getMutationCache().build(client, options).execute(variables);
}

afterEach(() => vi.unstubAllGlobals());

describe('appreciation query keys', () => {
  it('sit under conversations, so a note arriving refreshes the recipient’s page', () => {
    const stale = queryKeysForEvent('s1', {
      entity: 'appreciation',
      id: 'a1',
      updatedAt: '2026-03-02T18:00:00.000Z',
    });
    expect(under(stale, queryKeys.appreciations('s1'))).toBe(true);
    expect(under(stale, queryKeys.care('s1'))).toBe(true);
  });
});

describe('sendMutationOptions', () => {
  it('sends the note and has the lists fetched again before it settles', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const note = {
      id: 'a1',
      fromId: 'alex',
      toId: 'sam',
      text: 'Thank you',
      deliverAt: '2026-03-02T18:00:00.000Z',
      arrived: true,
      createdAt: '2026-03-02T18:00:00.000Z',
    };
    const lists: Appreciations[] = [
      { received: [], given: [] },
      { received: [], given: [note] },
    ];
    const observer = new QueryObserver(client, {
      queryKey: queryKeys.appreciations('s1'),
      queryFn: () => Promise.resolve(lists.shift()!),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    await vi.waitFor(() =>
      expect(client.getQueryData(queryKeys.appreciations('s1'))).toBeDefined(),
    );

    const fetch = vi.fn(() => Promise.resolve(Response.json(note, { status: 201 })));
    vi.stubGlobal('fetch', fetch);
    await run(client, sendMutationOptions(client, 's1'), { text: 'Thank you' });
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/spaces/s1/appreciations',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ text: 'Thank you' }) }),
    );
    expect(client.getQueryData<Appreciations>(queryKeys.appreciations('s1'))?.given).toEqual([
      note,
    ]);
    unsubscribe();
  });
});

describe('saveCareMutationOptions', () => {
  it('shows everyone’s care as the server has it after saving mine', async () => {
    const client = new QueryClient();
    const care = {
      items: [{ userId: 'alex', tags: ['time'], text: 'A walk', given: true }],
    };
    vi.stubGlobal('fetch', () => Promise.resolve(Response.json(care)));
    await run(client, saveCareMutationOptions(client, 's1'), { tags: ['time'], text: 'A walk' });
    expect(client.getQueryData(queryKeys.care('s1'))).toEqual(care);
  });
});
