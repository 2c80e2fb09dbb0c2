import { localDateIn, type GrowthGoal } from '@tandem/shared';
import { expect, it, vi } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

describeOnEachDialect('growth: each one’s own goals', (harness) => {
  async function couple() {
    const pair = await createCouple(harness().app);
    return { ...pair, url: `/api/v1/spaces/${pair.space.id}/growth` };
  }

  it('keeps a private goal to its owner: not listed, not found, not in events for the partner', async () => {
    const { a, b, url } = await couple();
    const publish = vi.spyOn(harness().services.bus, 'publish');
    const secret = await a.post<GrowthGoal>(`${url}/goals`, {
      title: 'SECRET-Apply for the course',
      why: 'I want to teach one day',
      visibility: 'private',
      steps: ['Ask for the forms'],
    });
    expect(secret.status).toBe(201);
    expect(secret.body.steps.map((s) => s.text)).toEqual(['Ask for the forms']);
    await a.post(`${url}/goals/${secret.body.id}/notes`, { text: 'Forms asked for' });
    expect(JSON.stringify((await b.get(`${url}/goals`)).body)).not.toContain('SECRET');
    expect((await b.get(`${url}/goals/${secret.body.id}`)).status).toBe(404);
    expect((await b.post(`${url}/goals/${secret.body.id}/notes`, { text: 'Hi' })).status).toBe(404);
    const told = publish.mock.calls
      .map(([message]) => message)
      .filter((m) => m.kind === 'event' && m.event.id === secret.body.id);
    expect(told.length).toBeGreaterThan(0);
    for (const message of told) expect(message.kind === 'event' && message.onlyTo).toBe(a.me.id);
    publish.mockRestore();
  });

  it('shows a shared goal with how to help, takes encouragement and tells its owner', async () => {
    const { a, b, stranger, space, url } = await couple();
    const goal = (
      await a.post<GrowthGoal>(`${url}/goals`, {
        title: 'Run 10 km',
        why: 'To feel strong',
        visibility: 'shared',
        howToHelp: 'Take the kids on Saturday mornings',
      })
    ).body;
    const forB = (await b.get<GrowthGoal>(`${url}/goals/${goal.id}`)).body;
    expect(forB).toMatchObject({
      howToHelp: 'Take the kids on Saturday mornings',
      capabilities: { canEdit: false, canEncourage: true },
    });
    const stepped = (await a.post<GrowthGoal>(`${url}/goals/${goal.id}/steps`, { text: '5 km' }))
      .body;
    const step = stepped.steps[0]!;
    expect(
      (await a.patch<GrowthGoal>(`${url}/goals/${goal.id}/steps/${step.id}`, { done: true })).body
        .steps[0]!.done,
    ).toBe(true);
    expect(
      (await b.patch(`${url}/goals/${goal.id}/steps/${step.id}`, { done: false })).status,
    ).toBe(403);
    expect((await b.patch(`${url}/goals/${goal.id}`, { status: 'done' })).status).toBe(403);

    const cheered = (
      await b.post<GrowthGoal>(`${url}/goals/${goal.id}/notes`, { text: 'So proud of you!' })
    ).body;
    expect(cheered.notes).toEqual([
      expect.objectContaining({
        authorId: b.me.id,
        kind: 'encouragement',
        text: 'So proud of you!',
      }),
    ]);
    const inbox = (await a.get(`/api/v1/spaces/${space.id}/notifications`)).body.items;
    expect(inbox).toEqual([expect.objectContaining({ type: 'growth', refId: goal.id })]);

    // Made private, it leaves the partner's view.
    await a.patch(`${url}/goals/${goal.id}`, { visibility: 'private' });
    expect((await b.get(`${url}/goals/${goal.id}`)).status).toBe(404);
    expect((await stranger.get(`${url}/goals`)).status).toBe(404);
    expect((await a.delete(`${url}/goals/${goal.id}`)).status).toBe(204);
  });

  it('asks what each did for themselves this month, shared only when they choose', async () => {
    const { a, b, url } = await couple();
    const month = localDateIn('Europe/Berlin').slice(0, 7);
    await a.request('PUT', `${url}/reflections/${month}`, {
      text: 'SECRET-A long bath',
      shared: false,
    });
    await b.request('PUT', `${url}/reflections/${month}`, {
      text: 'Climbed with friends',
      shared: true,
    });
    const forA = (await a.get(`${url}/reflections`)).body;
    expect(forA.month).toBe(month);
    expect(forA.items.map((r: { text: string }) => r.text).sort()).toEqual([
      'Climbed with friends',
      'SECRET-A long bath',
    ]);
    expect(JSON.stringify((await b.get(`${url}/reflections`)).body)).not.toContain('SECRET');
    const old = await a.request('PUT', `${url}/reflections/2001-01`, { text: 'x', shared: true });
    expect(old.status).toBe(422);
  });
});
