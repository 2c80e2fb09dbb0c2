import { addDays, calendarPeriods, localDateIn } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

const ZONE = 'Europe/Berlin';

describeOnEachDialect('chores: fairness over time and the regular review', (harness) => {
  /** Laundry twice a week, owned by Alex; both gave their hours. */
  async function withShares() {
    const couple = await createCouple(harness().app);
    const { a, b, space } = couple;
    const url = `/api/v1/spaces/${space.id}/chores`;
    const today = localDateIn(ZONE);
    const laundry = (
      await a.post(url, {
        name: 'Laundry',
        area: 'laundry',
        rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
        minutes: { notice: 5, plan: 5, do: 30 },
        firstDueOn: addDays(today, -30),
      })
    ).body;
    await a.patch(`${url}/${laundry.id}`, { ownerId: a.me.id });
    await a.request('PUT', `${url}/availability`, { hoursPerWeek: 2 });
    await b.request('PUT', `${url}/availability`, { hoursPerWeek: 2 });
    return { ...couple, url, laundry, today };
  }

  it('shows both partners planned against done against fair share, period by period', async () => {
    const { a, b, url, laundry, today, stranger } = await withShares();
    // Sam did one laundry this week (45 minutes), Alex noticed and planned it.
    await b.post(`${url}/${laundry.id}/completions`, { actualMinutes: 45 });
    const forA = await a.get(`${url}/fairness?period=week&count=2`);
    expect(forA.status).toBe(200);
    expect(forA.body.period).toBe('week');
    expect(forA.body.periods.map((p: { start: string }) => p.start)).toEqual(
      calendarPeriods('week', 2, today).map((p) => p.start),
    );
    const thisWeek = forA.body.periods[1].members;
    expect(thisWeek).toEqual([
      { userId: a.me.id, plannedMinutes: 80, doneMinutes: 10, fairShareMinutes: 40 },
      { userId: b.me.id, plannedMinutes: 0, doneMinutes: 45, fairShareMinutes: 40 },
    ]);
    expect((await b.get(`${url}/fairness?period=week&count=2`)).body).toEqual(forA.body);

    expect((await a.get(`${url}/fairness`)).body.periods).toHaveLength(6);
    expect((await a.get(`${url}/fairness?period=year`)).status).toBe(422);
    expect((await a.get(`${url}/fairness?count=13`)).status).toBe(422);
    expect((await stranger.get(`${url}/fairness`)).status).toBe(404);
  });

  it('needs everyone’s hours for fair shares', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/chores`;
    await a.request('PUT', `${url}/availability`, { hoursPerWeek: 3 });
    const refused = await a.get(`${url}/fairness`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'availability_missing',
      details: { missing: [b.me.id] },
    });
  });

  it('suggests a review a month after the shares were accepted, with the minutes the log says', async () => {
    const { a, b, url, laundry, today, space } = await withShares();
    const before = (await a.get(`${url}/review`)).body;
    expect(before).toMatchObject({ everyMonths: 1, lastReviewedOn: null, dueOn: null, due: false });
    expect(before.proposal.fair).toBe(true);

    await a.post(`${url}/proposal/accept`);
    const accepted = (await b.get(`${url}/review`)).body;
    expect(accepted.lastReviewedOn).toBe(today);
    expect(accepted.due).toBe(false);
    expect(accepted.dueOn > today).toBe(true);

    // A month and more later, with laundry taking 50 minutes by the log, not 30.
    await harness()
      .services.database.db.updateTable('chore_settings')
      .set({ last_reviewed_on: addDays(today, -40) })
      .where('space_id', '=', space.id)
      .execute();
    for (const actualMinutes of [50, 55, 45]) {
      await a.post(`${url}/${laundry.id}/completions`, { actualMinutes });
    }
    const due = (await b.get(`${url}/review`)).body;
    expect(due.due).toBe(true);
    expect(due.adjustments).toEqual([
      { choreId: laundry.id, plannedMinutes: 30, loggedMinutes: 50, samples: 3 },
    ]);
    // The proposal counts the logged minutes: 2 × (5 + 5 + 50) a week.
    const load = due.proposal.members.reduce(
      (s: number, m: { minutesPerWeek: number }) => s + m.minutesPerWeek,
      0,
    );
    expect(load).toBe(120);

    const taken = (await b.post(`${url}/review/accept`)).body;
    expect(taken).toMatchObject({ lastReviewedOn: today, due: false, adjustments: [] });
    expect((await a.get(url)).body.items[0].minutes).toEqual({ notice: 5, plan: 5, do: 50 });
  });

  it('keeps the shares when asked, and never suggests a review when set to never', async () => {
    const { a, b, url, today, stranger } = await withShares();
    await a.post(`${url}/proposal/accept`);
    const kept = (await b.post(`${url}/review/keep`)).body;
    expect(kept).toMatchObject({ lastReviewedOn: today, due: false });
    const quarterly = await a.request('PUT', `${url}/review`, { everyMonths: 3 });
    expect(quarterly.body.everyMonths).toBe(3);
    expect((await b.get(`${url}/review`)).body.everyMonths).toBe(3);
    const never = (await a.request('PUT', `${url}/review`, { everyMonths: 0 })).body;
    expect(never).toMatchObject({ everyMonths: 0, dueOn: null, due: false });
    expect((await a.request('PUT', `${url}/review`, { everyMonths: 13 })).status).toBe(422);
    expect((await stranger.post(`${url}/review/keep`)).status).toBe(404);
  });
});
