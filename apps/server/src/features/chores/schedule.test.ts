import { addDays, localDateIn, type AgendaItemView } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, type TestClient } from '../../../test/test-client';

const ZONE = 'Europe/Berlin';

describeOnEachDialect('chores: today and this week', (harness) => {
  /** A weekly chore first due three days ago, owned by Alex: last one overdue, next in 4 days. */
  async function withWeeklyChore(changes: Record<string, unknown> = {}) {
    const couple = await createCouple(harness().app);
    const url = `/api/v1/spaces/${couple.space.id}/chores`;
    const today = localDateIn(ZONE);
    const created = await couple.a.post(url, {
      name: 'Bins',
      area: 'home',
      rrule: 'FREQ=WEEKLY',
      minutes: { notice: 2, plan: 0, do: 10 },
      firstDueOn: addDays(today, -3),
      ...changes,
    });
    expect(created.status).toBe(201);
    const chore = created.body;
    await couple.a.patch(`${url}/${chore.id}`, { ownerId: couple.a.me.id });
    const occurrence = (dueOn: string) => `${url}/${chore.id}/occurrences/${dueOn}`;
    return { ...couple, url, chore, today, occurrence };
  }
  const agendaOf = async (client: TestClient, url: string) => {
    const response = await client.get(`${url}/agenda`);
    expect(response.status).toBe(200);
    return response.body as { today: string; items: AgendaItemView[] };
  };

  it('shows both partners the same week: the overdue one first, then what is coming', async () => {
    const { a, b, url, chore, today, stranger, strangerSpace } = await withWeeklyChore();
    const forA = await agendaOf(a, url);
    expect(forA.today).toBe(today);
    expect(forA.items.map((i) => [i.dueOn, i.status, i.overdue, i.ownerId])).toEqual([
      [addDays(today, -3), 'open', true, a.me.id],
      [addDays(today, 4), 'open', false, a.me.id],
    ]);
    expect(forA.items[0]!.capabilities).toEqual({
      canSnooze: true,
      canAskToTake: true,
      canAnswer: false,
      canWithdraw: false,
    });
    const forB = await agendaOf(b, url);
    expect(forB.items.map((i) => i.dueOn)).toEqual(forA.items.map((i) => i.dueOn));
    expect(forB.items[0]!.capabilities.canSnooze).toBe(false);
    expect(forB.items.every((i) => i.choreId === chore.id)).toBe(true);

    expect((await stranger.get(`${url}/agenda`)).status).toBe(404);
    expect((await agendaOf(stranger, `/api/v1/spaces/${strangerSpace.id}/chores`)).items).toEqual(
      [],
    );
  });

  it('closes an occurrence once: done by one partner shows as done for both', async () => {
    const { a, b, url, chore, today } = await withWeeklyChore();
    const overdue = addDays(today, -3);
    const done = await b.post(`${url}/${chore.id}/completions`, { dueOn: overdue });
    expect(done.status).toBe(201);
    const again = await a.post(`${url}/${chore.id}/completions`, { dueOn: overdue });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('occurrence_closed');

    for (const client of [a, b]) {
      const [first] = (await agendaOf(client, url)).items;
      expect(first).toMatchObject({
        dueOn: overdue,
        showOn: today,
        status: 'done',
        overdue: false,
        completion: { id: done.body.id, doneBy: b.me.id, canUndo: client === b },
      });
    }
    // Logged without a due date, it closes the next open one (within a week).
    await a.post(`${url}/${chore.id}/completions`, { kind: 'skipped' });
    expect((await agendaOf(a, url)).items.map((i) => i.status)).toEqual(['done', 'skipped']);
    // Undone, the occurrence is open again.
    await b.delete(`${url}/${chore.id}/completions/${done.body.id}`);
    expect((await agendaOf(a, url)).items[0]).toMatchObject({ status: 'open', overdue: true });

    const notDue = await a.post(`${url}/${chore.id}/completions`, { dueOn: addDays(today, 1) });
    expect(notDue.status).toBe(422);
    expect(notDue.body.error.details.fields[0].path).toBe('dueOn');
  });

  it('puts one occurrence off, within limits, for whoever does it', async () => {
    const { a, b, url, today, occurrence } = await withWeeklyChore();
    const overdue = occurrence(addDays(today, -3));
    const tomorrow = addDays(today, 1);
    expect((await b.request('PUT', `${overdue}/snooze`, { until: tomorrow })).status).toBe(403);
    expect((await a.request('PUT', `${overdue}/snooze`, { until: tomorrow })).status).toBe(204);
    expect((await agendaOf(b, url)).items[0]).toMatchObject({
      showOn: tomorrow,
      snoozedUntil: tomorrow,
      overdue: false,
    });

    for (const until of [addDays(today, -1), addDays(today, 4), addDays(today, 20)]) {
      const refused = await a.request('PUT', `${overdue}/snooze`, { until });
      expect(refused.status).toBe(422);
      expect(refused.body.error.details.fields[0].path).toBe('until');
    }
    expect((await a.delete(`${overdue}/snooze`)).status).toBe(204);
    expect((await agendaOf(a, url)).items[0]).toMatchObject({ overdue: true, snoozedUntil: null });
    expect(
      (await a.request('PUT', `${occurrence(tomorrow)}/snooze`, { until: addDays(today, 2) }))
        .status,
    ).toBe(404);
  });

  it('asks the partner to take one, this time only; they accept or decline', async () => {
    const { a, b, url, today, occurrence, stranger } = await withWeeklyChore();
    const next = occurrence(addDays(today, 4));
    expect((await a.request('PUT', `${next}/handoff`, { to: a.me.id })).status).toBe(422);
    const outsider = await a.request('PUT', `${next}/handoff`, { to: stranger.me.id });
    expect(outsider.body.error.details.fields[0].path).toBe('to');
    expect((await b.request('PUT', `${next}/handoff`, { to: a.me.id })).status).toBe(403);

    expect((await a.request('PUT', `${next}/handoff`, { to: b.me.id })).status).toBe(204);
    const asked = (await agendaOf(b, url)).items[1]!;
    expect(asked.handoff).toEqual({ from: a.me.id, to: b.me.id, status: 'asked' });
    expect(asked.capabilities).toMatchObject({ canAnswer: true, canWithdraw: false });
    expect((await agendaOf(a, url)).items[1]!.capabilities).toMatchObject({
      canAnswer: false,
      canWithdraw: true,
      canAskToTake: false,
    });
    expect((await a.post(`${next}/handoff/answer`, { accept: true })).status).toBe(403);

    expect((await b.post(`${next}/handoff/answer`, { accept: true })).status).toBe(204);
    const [overdueOne, taken] = (await agendaOf(a, url)).items;
    expect(taken!.ownerId).toBe(b.me.id);
    expect(overdueOne!.ownerId).toBe(a.me.id);
    expect((await b.post(`${next}/handoff/answer`, { accept: false })).body.error.code).toBe(
      'handoff_not_open',
    );

    // Declined, it stays with Alex, who may ask again.
    const last = occurrence(addDays(today, -3));
    await a.request('PUT', `${last}/handoff`, { to: b.me.id });
    expect((await b.post(`${last}/handoff/answer`, { accept: false })).status).toBe(204);
    const declined = (await agendaOf(a, url)).items[0]!;
    expect(declined).toMatchObject({ ownerId: a.me.id, handoff: { status: 'declined' } });
    expect(declined.capabilities.canAskToTake).toBe(true);
    // Withdrawn before an answer, nothing is left of the request.
    await a.request('PUT', `${last}/handoff`, { to: b.me.id });
    expect((await a.delete(`${last}/handoff`)).status).toBe(204);
    expect((await agendaOf(b, url)).items[0]!.handoff).toBeNull();
  });

  it('gives each partner their own today, in their own time zone', async () => {
    const { a, b, url } = await withWeeklyChore();
    // UTC+14 and UTC-11: 25 hours apart, never on the same calendar day.
    await a.patch('/api/v1/me', { timeZone: 'Pacific/Kiritimati' });
    await b.patch('/api/v1/me', { timeZone: 'Pacific/Pago_Pago' });
    const [forA, forB] = await Promise.all([agendaOf(a, url), agendaOf(b, url)]);
    expect(forA.today).toBe(localDateIn('Pacific/Kiritimati'));
    expect(forB.today).toBe(localDateIn('Pacific/Pago_Pago'));
    expect(forA.today > forB.today).toBe(true);
  });

  it('schedules from the last completion when asked to', async () => {
    const { a, url, chore, today } = await withWeeklyChore({
      rrule: 'FREQ=DAILY;INTERVAL=3',
      scheduleFrom: 'completion',
    });
    expect((await agendaOf(a, url)).items.map((i) => [i.dueOn, i.overdue])).toEqual([
      [addDays(today, -3), true],
    ]);
    await a.post(`${url}/${chore.id}/completions`, {});
    expect((await agendaOf(a, url)).items.map((i) => [i.dueOn, i.status])).toEqual([
      [addDays(today, -3), 'done'],
      [addDays(today, 3), 'open'],
    ]);
  });

  it('splits a stage off to the partner, counted in the shares, until a new proposal', async () => {
    const { a, b, url, chore, stranger } = await withWeeklyChore();
    const split = await a.patch(`${url}/${chore.id}`, {
      stageOwners: { notice: b.me.id, plan: null },
    });
    expect(split.body.stageOwners).toEqual({ notice: b.me.id, plan: null });
    const outsider = await a.patch(`${url}/${chore.id}`, {
      stageOwners: { notice: stranger.me.id, plan: null },
    });
    expect(outsider.body.error.details.fields[0].path).toBe('stageOwners.notice');

    for (const client of [a, b]) {
      await client.request('PUT', `${url}/availability`, { hoursPerWeek: 5 });
    }
    const shares = (await b.get(`${url}/shares`)).body;
    const minutes = Object.fromEntries(
      shares.members.map((m: { userId: string; minutesPerWeek: number }) => [
        m.userId,
        m.minutesPerWeek,
      ]),
    );
    expect(minutes).toEqual({ [a.me.id]: 10, [b.me.id]: 2 });
    await a.post(`${url}/proposal/accept`);
    expect((await b.get(url)).body.items[0].stageOwners).toEqual({ notice: null, plan: null });
  });
});
