import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../lib/api/query-keys';
import { queryKeysForEvent } from '../../lib/realtime/event-keys';
import { datesKeys, datesMutationOptions } from './use-dates';

describe('dates query keys', () => {
  it('all sit under the space’s dates key, which a date event refreshes', () => {
    const dates = queryKeys.dates('s1');
    for (const key of [
      datesKeys.ideas('s1', { season: 'summer' }),
      datesKeys.plans('s1'),
      datesKeys.plan('s1', 'd1'),
      datesKeys.memories('s1'),
    ]) {
      expect(key.slice(0, dates.length)).toEqual([...dates]);
    }
    expect(
      queryKeysForEvent('s1', { entity: 'date', id: 'd1', updatedAt: '2026-05-04T10:00:00Z' }),
    ).toEqual([dates]);
  });

  it('keeps each filter’s ideas apart', () => {
    expect(datesKeys.ideas('s1', { season: 'summer' })).not.toEqual(
      datesKeys.ideas('s1', { season: 'winter' }),
    );
  });
});

describe('datesMutationOptions', () => {
  it('refetches plans and memories before it settles, and marks the calendar stale', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const planFetches = vi.fn(() => Promise.resolve({ items: [] }));
    const memoryFetches = vi.fn(() => Promise.resolve({ items: [] }));
    const observers = [
      new QueryObserver(client, { queryKey: datesKeys.plans('s1'), queryFn: planFetches }),
      new QueryObserver(client, { queryKey: datesKeys.memories('s1'), queryFn: memoryFetches }),
    ];
    const stops = observers.map((observer) => observer.subscribe(() => undefined));
    await vi.waitFor(() => expect(planFetches).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(memoryFetches).toHaveBeenCalledTimes(1));
    client.setQueryData(queryKeys.calendarWeek('s1', '2026-05-04'), { occurrences: [] });

    const options = datesMutationOptions(client, 's1', () => Promise.resolve('answered'));
    await client.getMutationCache().build(client, options).execute(undefined);
    expect(planFetches).toHaveBeenCalledTimes(2);
    expect(memoryFetches).toHaveBeenCalledTimes(2);
    expect(client.getQueryState(queryKeys.calendarWeek('s1', '2026-05-04'))?.isInvalidated).toBe(
      true,
    );
    stops.forEach((stop) => stop());
  });
});
