import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { queryKeys } from '../../lib/api/query-keys';
import { moneyMutationOptions } from './use-money';

/** A client showing the balances and the ledger, each answered by its own fetch. */
async function showing() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const balanceFetches = vi.fn(() => Promise.resolve({ currencies: [] }));
  const ledgerFetches = vi.fn(() => Promise.resolve({ items: [], next: null }));
  const observers = [
    new QueryObserver(client, {
      queryKey: queryKeys.moneyBalances('s1'),
      queryFn: balanceFetches,
    }),
    new QueryObserver(client, { queryKey: queryKeys.moneyLedger('s1'), queryFn: ledgerFetches }),
  ];
  const unsubscribes = observers.map((observer) => observer.subscribe(() => undefined));
  await vi.waitFor(() => expect(balanceFetches).toHaveBeenCalledTimes(1));
  await vi.waitFor(() => expect(ledgerFetches).toHaveBeenCalledTimes(1));
  return { client, balanceFetches, ledgerFetches, stop: () => unsubscribes.forEach((u) => u()) };
}

describe('money query keys', () => {
  it('all sit under the space’s money key, which an expense event refreshes', () => {
    const money = queryKeys.money('s1');
    for (const key of [
      queryKeys.moneySettings('s1'),
      queryKeys.moneyIncomes('s1'),
      queryKeys.moneyLedger('s1'),
      queryKeys.moneyBalances('s1'),
      queryKeys.moneyHistory('s1', 'e1'),
    ]) {
      expect(key.slice(0, money.length)).toEqual([...money]);
    }
  });
});

describe('moneyMutationOptions', () => {
  it('refetches the balances and the ledger, and stays pending until they are back', async () => {
    const { client, balanceFetches, ledgerFetches, stop } = await showing();
    const options = moneyMutationOptions(client, 's1', () => Promise.resolve('done'));
    await client.getMutationCache().build(client, options).execute(undefined);
    expect(balanceFetches).toHaveBeenCalledTimes(2);
    expect(ledgerFetches).toHaveBeenCalledTimes(2);
    stop();
  });

  it('refetches after a failure too: a partner may have changed things meanwhile', async () => {
    const { client, balanceFetches, stop } = await showing();
    const options = moneyMutationOptions(client, 's1', () => Promise.reject(new Error('no')));
    await client
      .getMutationCache()
      .build(client, options)
      .execute(undefined)
      .catch(() => undefined);
    expect(balanceFetches).toHaveBeenCalledTimes(2);
    stop();
  });
});
