import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ConflictTopic } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { queryKeysForEvent } from '../../lib/realtime/event-keys';
import { buildTopic } from './topic-test-data';
import { conflictMutationOptions } from './use-conflicts';

/** A client showing the list of topics and one topic, each answered by its own fetch. */
async function showing(topic: () => ConflictTopic = () => buildTopic()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const listFetches = vi.fn(() => Promise.resolve({ items: [topic()] }));
  const topicFetches = vi.fn(() => Promise.resolve(topic()));
  const observers = [
    new QueryObserver(client, { queryKey: queryKeys.conflictTopics('s1'), queryFn: listFetches }),
    new QueryObserver(client, {
      queryKey: queryKeys.conflictTopic('s1', 't1'),
      queryFn: topicFetches,
    }),
  ];
  const unsubscribes = observers.map((observer) => observer.subscribe(() => undefined));
  await vi.waitFor(() => expect(listFetches).toHaveBeenCalledTimes(1));
  await vi.waitFor(() => expect(topicFetches).toHaveBeenCalledTimes(1));
  return { client, listFetches, topicFetches, stop: () => unsubscribes.forEach((u) => u()) };
}

function run<V, R>(
  client: QueryClient,
  options: ReturnType<typeof conflictMutationOptions<V, R>>,
  v: V,
) {
  return client
    .getMutationCache()
    .build(client, options)
    .execute(v)
    .catch(() => undefined);
}

describe('conflict query keys', () => {
  it('all sit under conflicts, so a conflict event refreshes them on the partner’s screen', () => {
    const stale = queryKeysForEvent('s1', {
      entity: 'conflict',
      id: 't1',
      updatedAt: '2026-03-02T18:00:00.000Z',
    });
    for (const key of [
      queryKeys.conflictTopics('s1'),
      queryKeys.conflictTopic('s1', 't1'),
      queryKeys.conflictPatterns('s1'),
      queryKeys.conflictRepairs('s1'),
    ]) {
      expect(stale.some((prefix) => prefix.every((part, i) => key[i] === part))).toBe(true);
    }
  });
});

describe('conflictMutationOptions', () => {
  it('shows the topic the server answered with at once, then refetches the list and the topic', async () => {
    let onServer = buildTopic();
    const { client, listFetches, topicFetches, stop } = await showing(() => onServer);
    const paused = buildTopic({
      pause: {
        by: 'me',
        since: '2026-03-02T18:00:00.000Z',
        until: '2026-03-02T18:30:00.000Z',
        resumableAt: '2026-03-02T18:20:00.000Z',
      },
    });
    let seenBeforeRefetch: ConflictTopic | undefined;
    topicFetches.mockImplementationOnce(() => {
      seenBeforeRefetch = client.getQueryData(queryKeys.conflictTopic('s1', 't1'));
      onServer = paused;
      return Promise.resolve(paused);
    });
    await run(
      client,
      conflictMutationOptions(client, 's1', () => Promise.resolve(paused)),
      30,
    );
    expect(seenBeforeRefetch).toEqual(paused);
    expect(listFetches).toHaveBeenCalledTimes(2);
    expect(topicFetches).toHaveBeenCalledTimes(2);
    stop();
  });

  it('refetches after a refusal too: the partner may have moved on meanwhile', async () => {
    const { client, topicFetches, stop } = await showing();
    await run(
      client,
      conflictMutationOptions(client, 's1', () => Promise.reject(new Error('too_soon'))),
      undefined,
    );
    expect(topicFetches).toHaveBeenCalledTimes(2);
    stop();
  });

  it('leaves the topics alone for a result that is not a topic (a repair)', async () => {
    const { client, stop } = await showing();
    const before = client.getQueryData(queryKeys.conflictTopic('s1', 't1'));
    const repair = {
      id: 'r1',
      kind: 'sorry',
      text: '',
      topicId: 't1',
      userId: 'me',
      createdAt: 'x',
    };
    await run(
      client,
      conflictMutationOptions(client, 's1', () => Promise.resolve(repair)),
      undefined,
    );
    expect(client.getQueryData(queryKeys.conflictTopic('s1', 'r1'))).toBeUndefined();
    expect(client.getQueryData(queryKeys.conflictTopic('s1', 't1'))).toEqual(before);
    stop();
  });
});
