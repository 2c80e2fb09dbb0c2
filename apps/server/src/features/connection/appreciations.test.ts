import { wallClockIn } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, type TestClient } from '../../../test/test-client';

describeOnEachDialect('connection: appreciation and the inbox', (harness) => {
  async function withCouple() {
    const couple = await createCouple(harness().app);
    return { ...couple, url: `/api/v1/spaces/${couple.space.id}` };
  }
  const inbox = async (client: TestClient, url: string) =>
    (await client.get(`${url}/notifications`)).body as {
      items: { id: string; type: string; refId: string; silent: boolean; read: boolean }[];
      unread: number;
    };

  it('delivers a note now, or at its time — not before — and tells the recipient once', async () => {
    const { a, b, url, stranger } = await withCouple();
    const now = await a.post(`${url}/appreciations`, { text: 'Thank you for dinner' });
    expect(now.status).toBe(201);
    expect(now.body).toMatchObject({ toId: b.me.id, arrived: true });
    expect(
      (await b.get(`${url}/appreciations`)).body.received.map((x: { text: string }) => x.text),
    ).toEqual(['Thank you for dinner']);
    expect((await inbox(b, url)).items).toEqual([
      expect.objectContaining({ type: 'appreciation', refId: now.body.id, read: false }),
    ]);

    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const later = (
      await a.post(`${url}/appreciations`, { text: 'SURPRISE-NOTE', deliverAt: inAnHour })
    ).body;
    expect(later.arrived).toBe(false);
    expect(JSON.stringify((await b.get(`${url}/appreciations`)).body)).not.toContain('SURPRISE');
    expect((await a.get(`${url}/appreciations`)).body.given).toHaveLength(2);
    const { services, database } = harness();
    expect(await services.appreciations.deliverDue()).toBe(0);

    // Its time comes: the next tick delivers it, once.
    await database.handle.db
      .updateTable('appreciations')
      .set({ deliver_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', later.id)
      .execute();
    expect(await services.appreciations.deliverDue()).toBe(1);
    expect(await services.appreciations.deliverDue()).toBe(0);
    expect(JSON.stringify((await b.get(`${url}/appreciations`)).body)).toContain('SURPRISE-NOTE');
    expect((await inbox(b, url)).unread).toBe(2);
    expect((await inbox(a, url)).unread).toBe(0);

    const tooFar = new Date(Date.now() + 40 * 86_400_000).toISOString();
    expect(
      (await a.post(`${url}/appreciations`, { text: 'x', deliverAt: tooFar })).body.error.details
        .fields[0].path,
    ).toBe('deliverAt');
    expect((await a.post(`${url}/appreciations`, { text: 'x', to: a.me.id })).status).toBe(422);
    expect((await stranger.get(`${url}/appreciations`)).status).toBe(404);
  });

  it('shows each one how the other likes to receive care', async () => {
    const { a, b, url } = await withCouple();
    await a.request('PUT', `${url}/care`, { tags: ['time', 'words'], text: 'A walk, just us two' });
    const seen = (await b.get(`${url}/care`)).body.items;
    expect(seen).toEqual([
      { userId: a.me.id, tags: ['time', 'words'], text: 'A walk, just us two', given: true },
      { userId: b.me.id, tags: [], text: '', given: false },
    ]);
    expect((await a.request('PUT', `${url}/care`, { tags: ['hugs'], text: '' })).status).toBe(422);
  });

  it('keeps an inbox per member: muted kinds are not written, quiet hours arrive silently', async () => {
    const { a, b, url } = await withCouple();
    // Quiet from an hour ago to an hour from now, on Sam's clock.
    const clock = (offset: number) => wallClockIn('Europe/Berlin', new Date(Date.now() + offset));
    const quietHours = { from: clock(-3_600_000), to: clock(3_600_000) };
    await b.request('PUT', `${url}/notifications/settings`, { muted: ['prompt'], quietHours });
    expect((await b.get(`${url}/notifications/settings`)).body).toEqual({
      muted: ['prompt'],
      quietHours,
    });
    await a.post(`${url}/prompts/rounds`, { deck: 'future' });
    const session = (await a.post(`${url}/sessions`, { topic: 'Weekend' })).body;
    const forB = await inbox(b, url);
    expect(forB.items.map((n) => [n.type, n.refId, n.silent])).toEqual([
      ['session', session.id, true],
    ]);
    expect(forB.unread).toBe(1);
    // Joining the conversation is acting on its invitation: it is read.
    await b.post(`${url}/sessions/${session.id}/moves`, { type: 'join' });
    expect((await inbox(b, url)).unread).toBe(0);
    await a.post(`${url}/appreciations`, { text: 'Thanks' });
    const read = (await b.post(`${url}/notifications/read`, { all: true })).body;
    expect(read.unread).toBe(0);
    expect(read.items.every((n: { read: boolean }) => n.read)).toBe(true);

    // A prompt waits for Sam's answer: Alex hears of it, once.
    const round = (await b.post(`${url}/prompts/rounds`, { deck: 'family' })).body;
    await b.request('PUT', `${url}/prompts/rounds/${round.id}/answer`, { text: 'Sunday lunch' });
    const forA = await inbox(a, url);
    expect(forA.items.filter((n) => n.refId === round.id)).toHaveLength(2);
    expect(
      (await a.post(`${url}/notifications/read`, { ids: [forA.items[0]!.id] })).body.unread,
    ).toBe(1);
    expect(
      (
        await a.request('PUT', `${url}/notifications/settings`, {
          muted: [],
          quietHours: { from: '25:00', to: '07:00' },
        })
      ).status,
    ).toBe(422);
  });
});
