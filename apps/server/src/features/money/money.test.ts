import type { Expense } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, type TestClient } from '../../../test/test-client';

describeOnEachDialect('money: the shared ledger', (harness) => {
  async function withCouple() {
    const couple = await createCouple(harness().app);
    const url = `/api/v1/spaces/${couple.space.id}/money`;
    return { ...couple, url };
  }
  const balances = async (client: TestClient, url: string) =>
    (await client.get(`${url}/balances`)).body as {
      currencies: {
        currency: string;
        balances: { userId: string; amount: number }[];
        transfers: { from: string; to: string; amount: number }[];
      }[];
    };
  const amountsOf = (view: Awaited<ReturnType<typeof balances>>, currency = 'EUR') =>
    Object.fromEntries(
      (view.currencies.find((c) => c.currency === currency)?.balances ?? []).map((b) => [
        b.userId,
        b.amount,
      ]),
    );

  it('splits a shared expense to the cent, shows both partners the same balance and how to settle', async () => {
    const { a, b, url, stranger } = await withCouple();
    const groceries = await a.post(`${url}/expenses`, {
      amount: 1001,
      description: 'Groceries',
      category: 'groceries',
    });
    expect(groceries.status).toBe(201);
    expect(groceries.body).toMatchObject({ amount: 1001, currency: 'EUR', privacy: 'shared' });
    const shares = groceries.body.shares.map((s: { amount: number }) => s.amount).sort();
    expect(shares).toEqual([500, 501]);
    expect((await b.get(`${url}/expenses`)).body.items[0].description).toBe('Groceries');

    const forA = await balances(a, url);
    expect(await balances(b, url)).toEqual(forA);
    const owedToA = amountsOf(forA)[a.me.id]!;
    expect(owedToA + amountsOf(forA)[b.me.id]!).toBe(0);
    expect(forA.currencies[0]!.transfers).toEqual([
      { from: b.me.id, to: a.me.id, amount: owedToA },
    ]);

    // Sam settles up: both balances are back to zero.
    const paid = await b.post(`${url}/settlements`, {
      from: b.me.id,
      to: a.me.id,
      amount: owedToA,
      currency: 'EUR',
    });
    expect(paid.status).toBe(201);
    expect(paid.body.kind).toBe('settlement');
    const settled = await balances(a, url);
    expect(Object.values(amountsOf(settled))).toEqual([0, 0]);
    expect(settled.currencies[0]!.transfers).toEqual([]);

    for (const path of ['/expenses', '/balances', `/expenses/${groceries.body.id}`]) {
      expect((await stranger.get(`${url}${path}`)).status).toBe(404);
    }
  });

  it('keeps what an amount-only expense was for with its author; the amount still counts', async () => {
    const { a, b, url } = await withCouple();
    const gift = await a.post(`${url}/expenses`, {
      amount: 3000,
      description: 'Birthday present for Sam',
      category: 'gifts',
      privacy: 'amount_only',
    });
    expect(gift.body.description).toBe('Birthday present for Sam');
    const seen = (await b.get(`${url}/expenses/${gift.body.id}`)).body;
    expect(seen).toMatchObject({ amount: 3000, category: 'gifts', description: null });
    expect(seen.capabilities).toEqual({ canEdit: false, canDelete: false });
    const everything = JSON.stringify([
      (await b.get(`${url}/expenses`)).body,
      (await b.get(`${url}/expenses/${gift.body.id}/history`)).body,
    ]);
    expect(everything).not.toContain('Birthday');
    expect(amountsOf(await balances(b, url))[b.me.id]).toBe(-1500);
    expect((await b.patch(`${url}/expenses/${gift.body.id}`, { amount: 1 })).status).toBe(403);
  });

  it('keeps a private expense to its author: not listed, not found, not in the balances', async () => {
    const { a, b, url } = await withCouple();
    const haircut = await a.post(`${url}/expenses`, {
      amount: 2500,
      description: 'Haircut',
      privacy: 'private',
    });
    expect(haircut.body.shares).toEqual([{ userId: a.me.id, amount: 2500 }]);
    expect((await a.get(`${url}/expenses`)).body.items).toHaveLength(1);
    expect((await b.get(`${url}/expenses`)).body.items).toEqual([]);
    expect((await b.get(`${url}/expenses/${haircut.body.id}`)).status).toBe(404);
    expect((await b.get(`${url}/expenses/${haircut.body.id}/history`)).status).toBe(404);
    expect((await balances(a, url)).currencies).toEqual([]);
    const shared = await a.post(`${url}/expenses`, {
      amount: 100,
      description: 'Coffee',
      privacy: 'private',
      participants: [a.me.id, b.me.id],
    });
    expect(shared.status).toBe(422);
    expect(shared.body.error.details.fields[0].path).toBe('privacy');
  });

  it('splits rent by income, a private income showing only as a ratio', async () => {
    const { a, b, url } = await withCouple();
    const rent = {
      amount: 120_000,
      description: 'Rent',
      category: 'housing',
      split: { kind: 'income' },
    };
    const early = await a.post(`${url}/expenses`, rent);
    expect(early.status).toBe(422);
    expect(early.body.error.details.fields[0].path).toBe('split.income');

    await a.request('PUT', `${url}/income`, { monthlyAmount: 300_000, private: false });
    await b.request('PUT', `${url}/income`, { monthlyAmount: 100_000, private: true });
    const seenByA = (await a.get(`${url}/incomes`)).body.items;
    expect(seenByA).toEqual([
      { userId: a.me.id, monthlyAmount: 300_000, private: false, given: true, percent: 75 },
      { userId: b.me.id, monthlyAmount: null, private: true, given: true, percent: 25 },
    ]);
    expect(JSON.stringify(seenByA)).not.toContain('100000');
    expect((await b.get(`${url}/incomes`)).body.items[1].monthlyAmount).toBe(100_000);

    const split = (await a.post(`${url}/expenses`, rent)).body as Expense;
    expect(Object.fromEntries(split.shares.map((s) => [s.userId, s.amount]))).toEqual({
      [a.me.id]: 90_000,
      [b.me.id]: 30_000,
    });
    const blend = await a.post(`${url}/expenses`, {
      ...rent,
      split: { kind: 'blend', equal: 1, income: 1 },
    });
    expect(blend.body.shares.map((s: { amount: number }) => s.amount).sort()).toEqual([
      45_000, 75_000,
    ]);
  });

  it('takes several payers, percentages, shares and exact amounts, refusing sums that do not add up', async () => {
    const { a, b, url, stranger } = await withCouple();
    const dinner = await a.post(`${url}/expenses`, {
      amount: 9000,
      description: 'Dinner out',
      payers: [
        { userId: a.me.id, amount: 6000 },
        { userId: b.me.id, amount: 3000 },
      ],
      split: { kind: 'shares', shares: { [a.me.id]: 2, [b.me.id]: 1 } },
    });
    expect(dinner.status).toBe(201);
    expect(Object.values(amountsOf(await balances(b, url)))).toEqual([0, 0]);

    const bad = async (body: Record<string, unknown>) => {
      const response = await a.post(`${url}/expenses`, { amount: 1000, description: 'X', ...body });
      expect(response.status).toBe(422);
      return response.body.error.details.fields[0].path as string;
    };
    expect(await bad({ payers: [{ userId: a.me.id, amount: 999 }] })).toBe('payers');
    expect(
      await bad({ split: { kind: 'percent', percents: { [a.me.id]: 50, [b.me.id]: 40 } } }),
    ).toBe('split.percents');
    expect(await bad({ split: { kind: 'exact', amounts: { [a.me.id]: 1 } } })).toBe(
      'split.amounts',
    );
    expect(await bad({ participants: [stranger.me.id] })).toBe('participants.0');
    expect(await bad({ amount: 0 })).toBe('amount');
    expect(await bad({ amount: 10.5 })).toBe('amount');
    expect(await bad({ currency: 'XYZ' })).toBe('currency');
  });

  it('keeps every change in the history, and a deleted expense leaves the balances', async () => {
    const { a, b, url } = await withCouple();
    const created = (await a.post(`${url}/expenses`, { amount: 4000, description: 'Train' })).body;
    const edited = await b.patch(`${url}/expenses/${created.id}`, {
      amount: 5000,
      description: 'Trains',
    });
    expect(edited.body).toMatchObject({ amount: 5000, description: 'Trains' });
    expect(edited.body.payers).toEqual([{ userId: a.me.id, amount: 5000 }]);
    expect(amountsOf(await balances(a, url))[a.me.id]).toBe(2500);

    expect((await b.delete(`${url}/expenses/${created.id}`)).status).toBe(204);
    expect((await balances(a, url)).currencies).toEqual([]);
    const history = (await a.get(`${url}/expenses/${created.id}/history`)).body.items;
    expect(
      history.map((h: { action: string; changedBy: string }) => [h.action, h.changedBy]),
    ).toEqual([
      ['created', a.me.id],
      ['edited', b.me.id],
      ['deleted', b.me.id],
    ]);
    expect(history[0].expense.amount).toBe(4000);
    expect((await a.get(`${url}/expenses`)).body.items).toEqual([]);
  });

  it('keeps currencies apart and records a settlement paid in another currency', async () => {
    const { a, b, url } = await withCouple();
    await a.post(`${url}/expenses`, { amount: 2000, description: 'Hotel', currency: 'GBP' });
    await a.post(`${url}/expenses`, { amount: 1000, description: 'Lunch' });
    const view = await balances(b, url);
    expect(view.currencies.map((c) => c.currency)).toEqual(['EUR', 'GBP']);
    expect(amountsOf(view, 'GBP')[b.me.id]).toBe(-1000);
    const settled = await b.post(`${url}/settlements`, {
      from: b.me.id,
      to: a.me.id,
      amount: 1000,
      currency: 'GBP',
      paid: { amount: 1170, currency: 'EUR' },
    });
    expect(settled.status).toBe(201);
    expect(amountsOf(await balances(a, url), 'GBP')[b.me.id]).toBe(0);
    expect(amountsOf(await balances(a, url), 'EUR')[b.me.id]).toBe(-500);
    const self = await b.post(`${url}/settlements`, {
      from: b.me.id,
      to: b.me.id,
      amount: 1,
      currency: 'EUR',
    });
    expect(self.body.error.details.fields[0].path).toBe('to');
  });

  it('pages through the ledger newest first and follows the space settings', async () => {
    const { a, b, url } = await withCouple();
    for (const [day, description] of [
      ['2026-01-03', 'C'],
      ['2026-01-01', 'A'],
      ['2026-01-02', 'B'],
    ]) {
      await a.post(`${url}/expenses`, { amount: 100, description, spentOn: day });
    }
    const first = (await b.get(`${url}/expenses?limit=2`)).body;
    expect(first.items.map((e: Expense) => e.description)).toEqual(['C', 'B']);
    const second = (await b.get(`${url}/expenses?limit=2&before=${encodeURIComponent(first.next)}`))
      .body;
    expect(second.items.map((e: Expense) => e.description)).toEqual(['A']);
    expect(second.next).toBeNull();

    const settings = await b.patch(`${url}/settings`, {
      currency: 'GBP',
      categorySplits: { housing: { kind: 'shares', shares: { [a.me.id]: 3, [b.me.id]: 1 } } },
    });
    expect(settings.body.currency).toBe('GBP');
    const rent = (
      await a.post(`${url}/expenses`, { amount: 400, description: 'Rent', category: 'housing' })
    ).body;
    expect(rent.currency).toBe('GBP');
    expect(rent.split.kind).toBe('shares');
    expect((await a.patch(`${url}/settings`, { currency: 'ABC' })).status).toBe(422);
  });
});
