import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../lib/api/query-keys';
import { talkSession } from './test-fixtures';
import { talkMutationOptions } from './use-talk';

const SESSION = talkSession().id;

/** A client showing the list and one session, each answered by its own fetch. */
async function showing() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const listFetches = vi.fn(() => Promise.resolve({ items: [] }));
  const sessionFetches = vi.fn(() => Promise.resolve(talkSession()));
  const observers = [
    new QueryObserver(client, { queryKey: queryKeys.talkSessions('s1'), queryFn: listFetches }),
    new QueryObserver(client, {
      queryKey: queryKeys.talkSession('s1', SESSION),
      queryFn: sessionFetches,
    }),
  ];
  const unsubscribes = observers.map((observer) => observer.subscribe(() => undefined));
  await vi.waitFor(() => expect(listFetches).toHaveBeenCalledTimes(1));
  await vi.waitFor(() => expect(sessionFetches).toHaveBeenCalledTimes(1));
  return { client, listFetches, sessionFetches, stop: () => unsubscribes.forEach((u) => u()) };
}

describe('talk query keys', () => {
  it('sit under conversations, which the session event and a reconnect refresh', () => {
    const conversations = queryKeys.conversations('s1');
    for (const key of [queryKeys.talkSessions('s1'), queryKeys.talkSession('s1', SESSION)]) {
      expect(key.slice(0, conversations.length)).toEqual([...conversations]);
      expect(key.slice(0, 2)).toEqual([...queryKeys.space('s1')]);
    }
  });
});

describe('talkMutationOptions', () => {
  it('shows the answered session and refetches the list and the session', async () => {
    const { client, listFetches, sessionFetches, stop } = await showing();
    const moved = talkSession({ step: 'paraphrasing' });
    const options = talkMutationOptions(client, 's1', () => Promise.resolve(moved));
    await client.getMutationCache().build(client, options).execute(undefined);
    expect(listFetches).toHaveBeenCalledTimes(2);
    expect(sessionFetches).toHaveBeenCalledTimes(2);
    stop();
  });

  it('refetches after a refusal too: the other person has moved meanwhile', async () => {
    const { client, sessionFetches, stop } = await showing();
    const options = talkMutationOptions(client, 's1', () => Promise.reject(new Error('no')));
    await client
      .getMutationCache()
      .build(client, options)
      .execute(undefined)
      .catch(() => undefined);
    expect(sessionFetches).toHaveBeenCalledTimes(2);
    stop();
  });
});
