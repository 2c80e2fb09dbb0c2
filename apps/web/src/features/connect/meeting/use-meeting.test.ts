import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { Meeting } from '@tandem/shared';
import { queryKeys } from '../../../lib/api/query-keys';
import { queryKeysForEvent } from '../../../lib/realtime/event-keys';
import type { MeetingList } from './meeting-list';
import { buildAction, buildMeeting, buildSettings } from './meeting-test-data';
import { meetingMutationOptions } from './use-meeting';

const listKey = queryKeys.meetings('s1');

/** A client showing the meetings and the agenda, each answered by its own fetch. */
async function showing(meetings: () => MeetingList | Promise<MeetingList>) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const listFetches = vi.fn(() => Promise.resolve(meetings()));
  const agendaFetches = vi.fn(() => Promise.resolve({ items: [] }));
  const observers = [
    new QueryObserver(client, { queryKey: listKey, queryFn: listFetches }),
    new QueryObserver(client, { queryKey: queryKeys.meetingAgenda('s1'), queryFn: agendaFetches }),
  ];
  const unsubscribes = observers.map((observer) => observer.subscribe(() => undefined));
  await vi.waitFor(() => expect(client.getQueryData(listKey)).toBeDefined());
  await vi.waitFor(() => expect(agendaFetches).toHaveBeenCalledTimes(1));
  return { client, listFetches, agendaFetches, stop: () => unsubscribes.forEach((u) => u()) };
}

function run<V, R>(client: QueryClient, request: (v: V) => Promise<R>, variables: V) {
  return client
    .getMutationCache()
    .build(client, meetingMutationOptions(client, 's1', request))
    .execute(variables)
    .catch(() => undefined);
}

describe('meeting query keys', () => {
  it('sit under conversations, which the meeting event refreshes on the partner’s screen', () => {
    const stale = queryKeysForEvent('s1', {
      entity: 'meeting',
      id: 'm1',
      updatedAt: '2026-11-29T18:05:00.000Z',
    });
    for (const key of [
      queryKeys.meetingSettings('s1'),
      queryKeys.meetingAgenda('s1'),
      queryKeys.meetings('s1'),
    ]) {
      expect(stale.some((prefix) => prefix.every((part, i) => key[i] === part))).toBe(true);
      expect(key.slice(0, 4)).toEqual([...queryKeys.meeting('s1')]);
    }
  });
});

describe('meetingMutationOptions', () => {
  it('shows the meeting the server answered with at once, then refetches all of it', async () => {
    let refetch: Promise<MeetingList> | undefined;
    const { client, listFetches, agendaFetches, stop } = await showing(
      () => refetch ?? { items: [] },
    );
    const started = buildMeeting();
    void run(
      client,
      () => {
        refetch = new Promise(() => undefined);
        return Promise.resolve(started);
      },
      undefined,
    );
    await vi.waitFor(() => expect(listFetches).toHaveBeenCalledTimes(2));
    // The refetch is still on its way: the started meeting shows already.
    expect(client.getQueryData<MeetingList>(listKey)?.items).toEqual([started]);
    expect(agendaFetches).toHaveBeenCalledTimes(2); // the meeting took up the agenda
    stop();
  });

  it('ticks an action off wherever it shows', async () => {
    const open = buildAction();
    let server: MeetingList = { items: [buildMeeting({ carriedOver: [open] })] };
    const { client, stop } = await showing(() => server);
    const done = { ...open, done: true };
    const answered = run(
      client,
      () => {
        server = { items: [buildMeeting({ carriedOver: [done] })] };
        return Promise.resolve(done);
      },
      undefined,
    );
    await answered;
    const meetings = client.getQueryData<MeetingList>(listKey)?.items as Meeting[];
    expect(meetings[0]?.carriedOver).toEqual([done]);
    stop();
  });

  it('keeps the time the server answered with', async () => {
    const { client, stop } = await showing(() => ({ items: [] }));
    const settings = buildSettings();
    await run(client, () => Promise.resolve(settings), undefined);
    expect(client.getQueryData(queryKeys.meetingSettings('s1'))).toEqual(settings);
    stop();
  });

  it('refetches after a refusal too: the meeting may have ended on the other screen', async () => {
    const { client, listFetches, stop } = await showing(() => ({ items: [] }));
    await run(client, () => Promise.reject(new Error('forbidden')), undefined);
    expect(listFetches).toHaveBeenCalledTimes(2);
    stop();
  });
});
