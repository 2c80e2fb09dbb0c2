import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../lib/api/query-keys';
import { queryKeysForEvent } from '../../lib/realtime/event-keys';
import { calendarMutationOptions } from './use-time';

describe('calendar query keys', () => {
  it('all sit under the space’s calendar key, which a calendar event refreshes', () => {
    const calendar = queryKeys.calendar('s1');
    for (const key of [
      queryKeys.calendarWeek('s1', '2026-05-04'),
      queryKeys.calendarWishes('s1'),
      queryKeys.calendarFeed('s1'),
    ]) {
      expect(key.slice(0, calendar.length)).toEqual([...calendar]);
    }
    expect(
      queryKeysForEvent('s1', { entity: 'calendar', id: 'e1', updatedAt: '2026-05-04T10:00:00Z' }),
    ).toEqual([calendar]);
  });

  it('keeps each week apart', () => {
    expect(queryKeys.calendarWeek('s1', '2026-05-04')).not.toEqual(
      queryKeys.calendarWeek('s1', '2026-05-11'),
    );
  });
});

describe('calendarMutationOptions', () => {
  it('refetches the week shown and the wishes, and stays pending until they are back', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const weekFetches = vi.fn(() => Promise.resolve({ occurrences: [] }));
    const wishFetches = vi.fn(() => Promise.resolve({ items: [] }));
    const observers = [
      new QueryObserver(client, {
        queryKey: queryKeys.calendarWeek('s1', '2026-05-04'),
        queryFn: weekFetches,
      }),
      new QueryObserver(client, { queryKey: queryKeys.calendarWishes('s1'), queryFn: wishFetches }),
    ];
    const stops = observers.map((observer) => observer.subscribe(() => undefined));
    await vi.waitFor(() => expect(weekFetches).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(wishFetches).toHaveBeenCalledTimes(1));

    const options = calendarMutationOptions(client, 's1', () => Promise.resolve('saved'));
    await client.getMutationCache().build(client, options).execute(undefined);
    expect(weekFetches).toHaveBeenCalledTimes(2);
    expect(wishFetches).toHaveBeenCalledTimes(2);
    stops.forEach((stop) => stop());
  });
});
