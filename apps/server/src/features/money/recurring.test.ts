import { addDays, dueDatesBetween, localDateIn, type Expense } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

const ZONE = 'Europe/Berlin';

describeOnEachDialect('money: recurring expenses', (harness) => {
  async function withCouple() {
    const couple = await createCouple(harness().app);
    return { ...couple, url: `/api/v1/spaces/${couple.space.id}/money` };
  }

  it('creates rent on each of its dates, once, for both partners to see', async () => {
    const { a, b, url, stranger } = await withCouple();
    const today = localDateIn(ZONE);
    const firstOn = addDays(today, -70);
    const created = await a.post(`${url}/recurring`, {
      expense: { amount: 120_000, description: 'Rent', category: 'housing' },
      rrule: 'FREQ=WEEKLY;INTERVAL=2',
      firstOn,
    });
    expect(created.status).toBe(201);
    const dates = dueDatesBetween('FREQ=WEEKLY;INTERVAL=2', firstOn, firstOn, today);
    expect(created.body).toMatchObject({ description: 'Rent', ended: false });
    expect(created.body.nextOn > today).toBe(true);

    // Both read the ledger at once: each date is still created exactly once.
    const [forA, forB] = await Promise.all([a.get(`${url}/expenses`), b.get(`${url}/expenses`)]);
    const rent = (forB.body.items as Expense[]).filter((e) => e.recurringId === created.body.id);
    expect(rent.map((e) => e.spentOn).sort()).toEqual(dates);
    expect(forA.body.items).toHaveLength(dates.length);
    expect(rent.every((e) => e.createdBy === a.me.id && e.description === 'Rent')).toBe(true);
    expect((await b.get(`${url}/recurring`)).body.items).toHaveLength(1);
    expect((await stranger.get(`${url}/recurring`)).status).toBe(404);
  });

  it('changes from the next date on, stops, and keeps what was created', async () => {
    const { a, b, url } = await withCouple();
    const today = localDateIn(ZONE);
    const netflix = (
      await a.post(`${url}/recurring`, {
        expense: { amount: 1299, description: 'Streaming', category: 'subscriptions' },
        rrule: 'FREQ=MONTHLY',
        firstOn: today,
      })
    ).body;
    const raised = await b.patch(`${url}/recurring/${netflix.id}`, { amount: 1499 });
    expect(raised.body.amount).toBe(1499);
    const stopped = await a.patch(`${url}/recurring/${netflix.id}`, { ended: true });
    expect(stopped.body).toMatchObject({ ended: true, nextOn: null });
    expect((await a.delete(`${url}/recurring/${netflix.id}`)).status).toBe(204);
    const items = (await b.get(`${url}/expenses`)).body.items as Expense[];
    expect(items.map((e) => [e.amount, e.recurringId])).toEqual([[1299, null]]);
  });

  it('keeps a private one to its author and refuses what cannot be shared', async () => {
    const { a, b, url, stranger } = await withCouple();
    const today = localDateIn(ZONE);
    const gym = await a.post(`${url}/recurring`, {
      expense: { amount: 3000, description: 'Gym', privacy: 'private' },
      rrule: 'FREQ=MONTHLY',
      firstOn: today,
    });
    expect(gym.status).toBe(201);
    expect((await b.get(`${url}/recurring`)).body.items).toEqual([]);
    expect((await b.patch(`${url}/recurring/${gym.body.id}`, { ended: true })).status).toBe(404);
    expect((await b.get(`${url}/expenses`)).body.items).toEqual([]);
    expect((await a.get(`${url}/expenses`)).body.items).toHaveLength(1);

    const refuse = async (body: Record<string, unknown>) => {
      const response = await a.post(`${url}/recurring`, {
        expense: { amount: 100, description: 'X' },
        rrule: 'FREQ=MONTHLY',
        firstOn: today,
        ...body,
      });
      expect(response.status).toBe(422);
      return response.body.error.details.fields[0].path as string;
    };
    expect(await refuse({ firstOn: addDays(today, -400) })).toBe('firstOn');
    expect(await refuse({ rrule: 'FREQ=HOURLY' })).toBe('rrule');
    expect(
      await refuse({ expense: { amount: 100, description: 'X', participants: [stranger.me.id] } }),
    ).toBe('participants.0');
  });
});
