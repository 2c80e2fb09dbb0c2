import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { queryKeys, type QueryKey } from '../../../lib/api/query-keys';
import { queryKeysForEvent } from '../../../lib/realtime/event-keys';
import type { Inbox, InboxSettings } from './inbox-api';
import { markReadMutationOptions, saveSettingsMutationOptions } from './use-inbox';

const under = (prefixes: QueryKey[], key: QueryKey) =>
  prefixes.some((prefix) => prefix.every((part, i) => key[i] === part));

function respondWith(body: unknown) {
  const fetch = vi.fn(() => Promise.resolve(Response.json(body)));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function run<V, R>(client: QueryClient, options: object, variables: V): Promise<R> {
  return client.getMutationCache().build(client, options).execute(variables) as Promise<R>;
}

afterEach(() => vi.unstubAllGlobals());

describe('inbox query keys', () => {
  it('sit under conversations, so the notification event refreshes the bell and the list', () => {
    for (const entity of ['notification', 'appreciation'] as const) {
      const stale = queryKeysForEvent('s1', {
        entity,
        id: 'n1',
        updatedAt: '2026-03-02T18:00:00.000Z',
      });
      expect(under(stale, queryKeys.inbox('s1'))).toBe(true);
      expect(under(stale, queryKeys.inboxSettings('s1'))).toBe(true);
    }
  });
});

describe('markReadMutationOptions', () => {
  it('posts which to mark and shows the inbox the server answers with', async () => {
    const client = new QueryClient();
    const before: Inbox = {
      items: [
        {
          id: 'n1',
          type: 'appreciation',
          refId: 'a1',
          silent: false,
          read: false,
          createdAt: '2026-03-02T18:00:00.000Z',
        },
      ],
      unread: 1,
    };
    client.setQueryData(queryKeys.inbox('s1'), before);
    const after: Inbox = { items: [{ ...before.items[0]!, read: true }], unread: 0 };
    const fetch = respondWith(after);
    await run(client, markReadMutationOptions(client, 's1'), { ids: ['n1'] });
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/spaces/s1/notifications/read',
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ ids: ['n1'] }) }),
    );
    expect(client.getQueryData(queryKeys.inbox('s1'))).toEqual(after);
  });
});

describe('saveSettingsMutationOptions', () => {
  it('puts my settings and keeps what the server saved', async () => {
    const client = new QueryClient();
    const saved: InboxSettings = { muted: ['prompt'], quietHours: { from: '22:00', to: '07:00' } };
    const fetch = respondWith(saved);
    await run(client, saveSettingsMutationOptions(client, 's1'), saved);
    expect(fetch).toHaveBeenCalledWith(
      '/api/v1/spaces/s1/notifications/settings',
      expect.objectContaining({ method: 'PUT' }),
    );
    expect(client.getQueryData(queryKeys.inboxSettings('s1'))).toEqual(saved);
  });
});
