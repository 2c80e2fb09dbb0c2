import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../../lib/api/query-keys';
import { queryKeysForEvent } from '../../../lib/realtime/event-keys';
import { planKeys, planMutationOptions } from './use-plans';

/** A client showing this month's budgets, the goals and another space's goals. */
async function showing() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const fetches = {
    budgets: vi.fn(() => Promise.resolve({ month: '2026-11', currency: 'EUR', items: [] })),
    goals: vi.fn(() => Promise.resolve({ items: [] })),
    elsewhere: vi.fn(() => Promise.resolve({ items: [] })),
  };
  const observers = [
    new QueryObserver(client, {
      queryKey: planKeys.budgets('s1', '2026-11'),
      queryFn: fetches.budgets,
    }),
    new QueryObserver(client, { queryKey: planKeys.goals('s1'), queryFn: fetches.goals }),
    new QueryObserver(client, { queryKey: planKeys.goals('s2'), queryFn: fetches.elsewhere }),
  ];
  const unsubscribes = observers.map((observer) => observer.subscribe(() => undefined));
  await vi.waitFor(() => {
    for (const fetch of Object.values(fetches)) expect(fetch).toHaveBeenCalledTimes(1);
  });
  return { client, fetches, stop: () => unsubscribes.forEach((u) => u()) };
}

describe('planKeys', () => {
  it('sit under the space’s money key, so an expense event refreshes every plan', () => {
    const stale = queryKeysForEvent('s1', {
      entity: 'expense',
      id: 'e1',
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    const prefix = queryKeys.money('s1');
    expect(stale).toContainEqual(prefix);
    for (const key of [
      planKeys.settings('s1'),
      planKeys.recurring('s1'),
      planKeys.budgets('s1', '2026-11'),
      planKeys.allowances('s1', '2026-11'),
      planKeys.goals('s1'),
    ]) {
      expect(key.slice(0, prefix.length)).toEqual([...prefix]);
    }
  });

  it('keep each month apart', () => {
    expect(planKeys.budgets('s1', '2026-11')).not.toEqual(planKeys.budgets('s1', '2026-12'));
  });
});

describe('planMutationOptions', () => {
  it('refetches everything about this space’s money, and stays pending until it is back', async () => {
    const { client, fetches, stop } = await showing();
    const options = planMutationOptions(client, 's1', (amount: number) => Promise.resolve(amount));
    const mutation = client.getMutationCache().build(client, options);
    await mutation.execute(5000);
    // Both refetched by the time the mutation is done; another space's money is left alone.
    expect(fetches.budgets).toHaveBeenCalledTimes(2);
    expect(fetches.goals).toHaveBeenCalledTimes(2);
    expect(fetches.elsewhere).toHaveBeenCalledTimes(1);
    stop();
  });

  it('refetches after a failed change too: a partner may have changed it meanwhile', async () => {
    const { client, fetches, stop } = await showing();
    const options = planMutationOptions(client, 's1', () => Promise.reject(new Error('403')));
    const mutation = client.getMutationCache().build(client, options);
    await expect(mutation.execute(undefined)).rejects.toThrow('403');
    expect(fetches.goals).toHaveBeenCalledTimes(2);
    stop();
  });
});
