import { addDays, localDateIn } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

const ZONE = 'Europe/Berlin';

describeOnEachDialect('money: budgets, allowances and goals', (harness) => {
  async function withCouple() {
    const couple = await createCouple(harness().app);
    return { ...couple, url: `/api/v1/spaces/${couple.space.id}/money` };
  }

  it('shows both partners a category budget: spent, left; private spending never counts', async () => {
    const { a, b, url, stranger } = await withCouple();
    const set = await a.request('PUT', `${url}/budgets/groceries`, { monthlyLimit: 40_000 });
    expect(set.status).toBe(200);
    await a.post(`${url}/expenses`, {
      amount: 12_000,
      description: 'Market',
      category: 'groceries',
    });
    await b.post(`${url}/expenses`, {
      amount: 3_000,
      description: 'Surprise',
      category: 'groceries',
      privacy: 'amount_only',
    });
    await b.post(`${url}/expenses`, {
      amount: 9_999,
      description: 'Snacks for me',
      category: 'groceries',
      privacy: 'private',
    });
    await b.post(`${url}/expenses`, {
      amount: 5_000,
      description: 'Abroad',
      category: 'groceries',
      currency: 'USD',
    });
    const forA = (await a.get(`${url}/budgets`)).body;
    expect(forA).toMatchObject({ currency: 'EUR', month: localDateIn(ZONE).slice(0, 7) });
    expect(forA.items).toEqual([
      {
        category: 'groceries',
        monthlyLimit: 40_000,
        rollover: false,
        spent: 15_000,
        carried: 0,
        left: 25_000,
      },
    ]);
    expect((await b.get(`${url}/budgets`)).body).toEqual(forA);
    expect((await a.get(`${url}/budgets?month=2026-13`)).status).toBe(422);
    expect((await a.request('PUT', `${url}/budgets/sweets`, { monthlyLimit: 1 })).status).toBe(404);
    expect((await stranger.get(`${url}/budgets`)).status).toBe(404);
    expect((await a.delete(`${url}/budgets/groceries`)).status).toBe(204);
    expect((await a.delete(`${url}/budgets/groceries`)).status).toBe(404);
  });

  it('keeps what each spends of their allowance to themselves', async () => {
    const { a, b, url } = await withCouple();
    await a.request('PUT', `${url}/allowance`, { monthlyAmount: 20_000 });
    await b.request('PUT', `${url}/allowance`, { monthlyAmount: 15_000 });
    await a.post(`${url}/expenses`, { amount: 4_500, description: 'Records', privacy: 'private' });
    const mine = (await a.get(`${url}/allowances`)).body.items;
    expect(mine).toEqual([
      { userId: a.me.id, monthlyAmount: 20_000, spent: 4_500, left: 15_500 },
      { userId: b.me.id, monthlyAmount: 15_000, spent: null, left: null },
    ]);
    const theirs = (await b.get(`${url}/allowances`)).body;
    expect(theirs.items[0]).toEqual({
      userId: a.me.id,
      monthlyAmount: 20_000,
      spent: null,
      left: null,
    });
    expect(JSON.stringify(theirs)).not.toMatch(/4500|15500|Records/);
  });

  it('saves toward a shared goal together and projects when it will be reached', async () => {
    const { a, b, url, stranger } = await withCouple();
    const today = localDateIn(ZONE);
    const goal = await a.post(`${url}/goals`, {
      name: 'Holiday',
      target: 200_000,
      targetOn: addDays(today, 365),
    });
    expect(goal.status).toBe(201);
    const id = goal.body.id as string;
    await a.post(`${url}/goals/${id}/contributions`, {
      amount: 20_000,
      contributedOn: addDays(today, -60),
    });
    const afterB = await b.post(`${url}/goals/${id}/contributions`, { amount: 10_000 });
    expect(afterB.body).toMatchObject({ saved: 30_000, target: 200_000, currency: 'EUR' });
    expect(afterB.body.byMember).toEqual(
      expect.arrayContaining([
        { userId: a.me.id, amount: 20_000 },
        { userId: b.me.id, amount: 10_000 },
      ]),
    );
    expect(afterB.body.projectedOn > today).toBe(true);
    const forA = (await a.get(`${url}/goals`)).body.items;
    expect(forA[0].saved).toBe(30_000);

    const contribution = forA[0].contributions[0].id;
    expect((await b.delete(`${url}/goals/${id}/contributions/${contribution}`)).body.saved).toBe(
      10_000,
    );
    const outsider = await a.post(`${url}/goals/${id}/contributions`, {
      amount: 1,
      userId: stranger.me.id,
    });
    expect(outsider.body.error.details.fields[0].path).toBe('userId');
    expect(
      (
        await stranger.get(
          `/api/v1/spaces/${(await stranger.get('/api/v1/spaces')).body.items[0].id}/money/goals`,
        )
      ).body.items,
    ).toEqual([]);
    expect((await a.patch(`${url}/goals/${id}`, { target: 100_000 })).body.target).toBe(100_000);
    expect((await b.delete(`${url}/goals/${id}`)).status).toBe(204);
    expect((await a.get(`${url}/goals`)).body.items).toEqual([]);
  });
});
