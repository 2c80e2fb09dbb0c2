import { describe, expect, it } from 'vitest';
import type { Me } from '@tandem/shared';
import { ApiError } from '../lib/api/api-error';
import { queryKeys } from '../lib/api/query-keys';
import { createQueryClient } from './query-client';

const person = (id: string): Me => ({
  id,
  email: `${id}@example.test`,
  displayName: id,
  timeZone: 'UTC',
  createdAt: '2025-01-01T00:00:00.000Z',
});

/** A client that has shown `me` and one of their spaces. */
function clientShowing(me: Me | null) {
  const client = createQueryClient();
  client.setQueryData(queryKeys.me, me);
  client.setQueryData(queryKeys.spaceDetail('s1'), { id: 's1', name: 'Our secrets' });
  client.setQueryData(queryKeys.spaces, { items: [{ id: 's1' }] });
  return client;
}

const cachedSpace = (client: ReturnType<typeof createQueryClient>) =>
  client.getQueryData(queryKeys.spaceDetail('s1'));

describe('the query client when the signed-in person changes', () => {
  it('forgets everything of the previous person when another one signs in', () => {
    const client = clientShowing(person('alex'));
    client.setQueryData(queryKeys.me, person('kim'));
    expect(cachedSpace(client)).toBeUndefined();
    expect(client.getQueryData(queryKeys.spaces)).toBeUndefined();
    expect(client.getQueryData(queryKeys.me)).toEqual(person('kim'));
  });

  it('forgets everything when the person is signed out', () => {
    const client = clientShowing(person('alex'));
    client.setQueryData(queryKeys.me, null);
    expect(cachedSpace(client)).toBeUndefined();
  });

  it('keeps what was loaded before `/me` first answered', () => {
    const client = createQueryClient();
    client.setQueryData(queryKeys.invitePreview('t'), { spaceName: 'Home' });
    client.setQueryData(queryKeys.me, person('alex'));
    expect(client.getQueryData(queryKeys.invitePreview('t'))).toEqual({ spaceName: 'Home' });
  });

  it('keeps the cache when the same person is refreshed, e.g. after renaming themselves', () => {
    const client = clientShowing(person('alex'));
    client.setQueryData(queryKeys.me, { ...person('alex'), displayName: 'Alexandra' });
    expect(cachedSpace(client)).toEqual({ id: 's1', name: 'Our secrets' });
  });

  it('marks the person signed out when a request finds the session gone', async () => {
    const client = clientShowing(person('alex'));
    await client
      .fetchQuery({
        queryKey: queryKeys.members('s1'),
        queryFn: () => Promise.reject(new ApiError(401, 'unauthenticated', 'x')),
      })
      .catch(() => undefined);
    expect(client.getQueryData(queryKeys.me)).toBeNull();
    expect(cachedSpace(client)).toBeUndefined();
  });
});
