import type { ConflictTopic } from '@tandem/shared';
import fc from 'fast-check';
import { expect, it, vi } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import {
  createCouple,
  createSpace,
  invite,
  signUp,
  type TestClient,
} from '../../../test/test-client';

const side = (words: string) => ({
  happened: `${words}: what happened`,
  felt: `${words}: how I felt`,
  need: `${words}: what I need`,
  myPart: `${words}: my part`,
});

describeOnEachDialect('conflicts: handling conflict well', (harness) => {
  async function withTopic(tags = ['chores']) {
    const couple = await createCouple(harness().app);
    const url = `/api/v1/spaces/${couple.space.id}/conflicts`;
    const raised = await couple.a.post<ConflictTopic>(url, {
      title: 'The dishes',
      text: 'I feel tired about the dishes piling up and I need us to share them.',
      tags,
    });
    expect(raised.status).toBe(201);
    return { ...couple, url, topic: raised.body, one: `${url}/${raised.body.id}` };
  }
  const inbox = async (client: TestClient, spaceId: string) =>
    (
      (await client.get(`/api/v1/spaces/${spaceId}/notifications`)).body.items as {
        type: string;
        refId: string;
      }[]
    ).map((n) => n.type);

  it('walks a topic from both sides, sealed, to an agreement that held', async () => {
    const { a, b, stranger, space, one, topic } = await withTopic();
    expect(topic).toMatchObject({ phase: 'perspectives', participantIds: [a.me.id, b.me.id] });
    expect(await inbox(b, space.id)).toEqual(['conflict']);
    expect((await stranger.get(one)).status).toBe(404);

    await a.request('PUT', `${one}/perspective`, side('SECRET-ALEX'));
    const forB = (await b.get<ConflictTopic>(one)).body;
    expect(forB.waitingFor).toEqual([b.me.id]);
    expect(forB.perspectives).toEqual([
      expect.objectContaining({ userId: a.me.id, view: 'sealed', happened: null, myPart: null }),
    ]);
    expect(JSON.stringify((await b.get(one.replace(/\/[^/]+$/, ''))).body)).not.toContain(
      'SECRET-ALEX',
    );
    expect((await b.post(`${one}/ideas`, { text: 'Too early' })).body.error.code).toBe(
      'not_revealed',
    );
    // Still mine to change while sealed.
    await a.request('PUT', `${one}/perspective`, side('SECRET-ALEX-2'));

    const both = (await b.request<ConflictTopic>('PUT', `${one}/perspective`, side('Sam'))).body;
    expect(both.phase).toBe('ideas');
    expect(both.perspectives.map((p) => [p.view, p.felt]).sort()).toEqual([
      ['full', 'SECRET-ALEX-2: how I felt'],
      ['full', 'Sam: how I felt'],
    ]);
    expect((await a.request('PUT', `${one}/perspective`, side('late'))).body.error.code).toBe(
      'answer_final',
    );

    await b.post(`${one}/ideas`, { text: 'A rota on the fridge' });
    const proposed = (
      await a.request<ConflictTopic>('PUT', `${one}/agreement`, {
        items: [
          { text: 'Dishes on weekdays', ownerId: a.me.id },
          { text: 'Dishes at weekends', ownerId: b.me.id },
        ],
        checkOn: '2031-02-01',
      })
    ).body;
    expect(proposed.ideas.map((i) => i.text)).toEqual(['A rota on the fridge']);
    expect(proposed.agreement).toMatchObject({ agreedBy: [a.me.id], agreedAt: null });
    expect(proposed.capabilities.canAgree).toBe(false);
    expect((await a.request('PUT', `${one}/follow-up`, { held: 'yes' })).body.error.code).toBe(
      'not_agreed',
    );

    const agreed = (await b.post<ConflictTopic>(`${one}/agree`)).body;
    expect(agreed.phase).toBe('agreed');
    expect(agreed.agreement!.agreedAt).not.toBeNull();
    expect(await inbox(a, space.id)).toContain('conflict');

    const item = agreed.agreement!.items[1]!;
    const linked = (
      await b.post<ConflictTopic>(`${one}/agreement/${item.id}/follow-through`, {
        kind: 'responsibility',
        responsibility: {
          name: 'Weekend dishes',
          area: 'kitchen',
          rrule: 'FREQ=WEEKLY;BYDAY=SA,SU',
          minutes: { notice: 0, plan: 0, do: 20 },
        },
      })
    ).body;
    const link = linked.agreement!.items[1]!.link!;
    expect(link.kind).toBe('responsibility');
    const chores = (await a.get(`/api/v1/spaces/${space.id}/chores`)).body.items;
    expect(chores.map((c: { id: string }) => c.id)).toEqual([link.ref]);
    const decisionItem = agreed.agreement!.items[0]!;
    const asDecision = (
      await a.post<ConflictTopic>(`${one}/agreement/${decisionItem.id}/follow-through`, {
        kind: 'decision',
        question: 'Do we buy a dishwasher?',
      })
    ).body.agreement!.items[0]!.link!;
    const decision = (await b.get(`/api/v1/spaces/${space.id}/decisions/${asDecision.ref}`)).body;
    expect(decision.question).toBe('Do we buy a dishwasher?');

    await a.request('PUT', `${one}/follow-up`, { held: 'yes' });
    const held = (await b.request<ConflictTopic>('PUT', `${one}/follow-up`, { held: 'yes' })).body;
    expect(held.phase).toBe('resolved');
  });

  it('pauses a topic for someone flooded, for at least 20 minutes, and calls both back', async () => {
    const { a, b, space, one, topic } = await withTopic();
    const paused = await b.post<ConflictTopic>(`${one}/pause`, { minutes: 30 });
    expect(paused.body.pause).toMatchObject({ by: b.me.id });
    const { since, until, resumableAt } = paused.body.pause!;
    expect(Date.parse(until) - Date.parse(since)).toBe(30 * 60_000);
    expect(Date.parse(resumableAt) - Date.parse(since)).toBe(20 * 60_000);

    expect((await a.request('PUT', `${one}/perspective`, side('A'))).body.error.code).toBe(
      'topic_paused',
    );
    expect((await a.post(`${one}/resume`)).body.error.code).toBe('too_soon');
    expect((await a.post(`${one}/pause`, { minutes: 5 })).status).toBe(422);

    // The break's end calls both back, once.
    const { conflicts } = harness().services;
    await conflicts.remindDue(new Date(Date.parse(until) + 1000));
    expect(await conflicts.remindDue(new Date(Date.parse(until) + 1000))).toBe(0);
    expect(await inbox(a, space.id)).toEqual(['conflict']);
    expect(await inbox(b, space.id)).toEqual(['conflict', 'conflict']);

    // Twenty minutes on, either may come back before the chosen time.
    await harness()
      .database.handle.db.updateTable('conflict_topics')
      .set({ paused_at: new Date(Date.now() - 21 * 60_000).toISOString() })
      .where('id', '=', topic.id)
      .execute();
    const back = await a.post<ConflictTopic>(`${one}/resume`);
    expect(back.status).toBe(200);
    expect(back.body.pause).toBeNull();
    expect((await a.request('PUT', `${one}/perspective`, side('A'))).status).toBe(200);
  });

  it('keeps a topic, its sides and its repairs to those it is between', async () => {
    const app = harness().app;
    const [a, b, c] = [await signUp(app), await signUp(app), await signUp(app)];
    const space = await createSpace(a, 'household');
    for (const client of [b, c]) {
      await client.post(`/api/v1/invites/${await invite(a, space.id)}/accept`);
    }
    const url = `/api/v1/spaces/${space.id}/conflicts`;
    const publish = vi.spyOn(harness().services.bus, 'publish');
    const topic = (
      await a.post<ConflictTopic>(url, {
        title: 'Bathroom',
        text: 'I need a word about the bathroom.',
        withIds: [b.me.id],
        tags: ['Home', 'home'],
      })
    ).body;
    expect(topic.participantIds).toEqual([a.me.id, b.me.id]);
    await b.post(`${url}/${topic.id}/pause`, { minutes: 20 });
    // Its events go to the two of them, one by one: never to the space as a whole.
    const told = publish.mock.calls
      .map(([message]) => message)
      .filter((m) => m.kind === 'event' && m.event.entity === 'conflict');
    expect(told.length).toBeGreaterThan(0);
    for (const message of told) {
      expect([a.me.id, b.me.id]).toContain(message.kind === 'event' ? message.onlyTo : null);
    }
    publish.mockRestore();
    expect(topic.tags).toEqual(['home']);
    expect((await c.get(`${url}/${topic.id}`)).status).toBe(404);
    expect((await c.get(url)).body.items).toEqual([]);
    expect((await c.post(`${url}/${topic.id}/pause`, { minutes: 20 })).status).toBe(404);
    expect(await inbox(c, space.id)).toEqual([]);

    const sorry = await b.post(`${url}/repairs`, { kind: 'sorry', topicId: topic.id });
    expect(sorry.status).toBe(201);
    await c.post(`${url}/repairs`, { kind: 'see_your_point', text: 'About the music' });
    expect((await a.get(`${url}/repairs`)).body.items.map((r: { kind: string }) => r.kind)).toEqual(
      ['see_your_point', 'sorry'],
    );
    expect((await c.get(`${url}/repairs`)).body.items.map((r: { kind: string }) => r.kind)).toEqual(
      ['see_your_point'],
    );
    expect(await inbox(a, space.id)).toEqual(['repair', 'repair']);
    expect(await inbox(c, space.id)).toEqual([]);
    expect((await c.post(`${url}/repairs`, { kind: 'sorry', topicId: topic.id })).status).toBe(404);

    // Raising with someone outside the space is refused, and nothing is written.
    const outsider = await signUp(app);
    const refused = await a.post(url, { title: 'x', text: 'y', withIds: [outsider.me.id] });
    expect(refused.status).toBe(422);
    expect((await a.get(url)).body.items).toHaveLength(1);
  });

  it('shows which tags keep coming back', async () => {
    const { a, b, url } = await withTopic(['chores', 'money']);
    await b.post(url, { title: 'Again', text: 'The dishes, again.', tags: ['chores'] });
    await b.post(url, { title: 'Visits', text: 'Your mother.', tags: ['family'] });
    const patterns = (await a.get(`${url}/patterns`)).body.items;
    expect(patterns.map((p: { tag: string; topics: number }) => [p.tag, p.topics])).toEqual([
      ['chores', 2],
      expect.any(Array),
      expect.any(Array),
    ]);
    expect(patterns[0].open).toBe(2);
  });

  it('asks both "did it hold?" on the check day, once, and lets them try again', async () => {
    const { a, b, space, one } = await withTopic();
    await a.request('PUT', `${one}/perspective`, side('A'));
    await b.request('PUT', `${one}/perspective`, side('B'));
    const refused = await a.request('PUT', `${one}/agreement`, {
      items: [{ text: 'x', ownerId: (await signUp(harness().app)).me.id }],
      checkOn: '2033-05-01',
    });
    expect(refused.status).toBe(422);
    await a.request('PUT', `${one}/agreement`, {
      items: [{ text: 'Talk on Sundays', ownerId: b.me.id }],
      checkOn: '2033-05-01',
    });
    // The proposer agreed by proposing: agreeing again changes nothing.
    expect((await a.post<ConflictTopic>(`${one}/agree`)).body.agreement!.agreedAt).toBeNull();
    await b.post(`${one}/agree`);
    const { conflicts } = harness().services;
    expect(await conflicts.remindDue(new Date('2033-05-02T00:00:00Z'))).toBeGreaterThan(0);
    expect(await conflicts.remindDue(new Date('2033-05-02T00:00:00Z'))).toBe(0);
    expect(await inbox(a, space.id)).toContain('conflict');

    const partly = (
      await b.request<ConflictTopic>('PUT', `${one}/follow-up`, { held: 'partly', note: 'Mostly' })
    ).body;
    expect(partly.phase).toBe('agreed');
    const again = (
      await b.request<ConflictTopic>('PUT', `${one}/agreement`, {
        items: [{ text: 'Talk on Sundays, phones away', ownerId: b.me.id }],
        checkOn: '2033-06-01',
      })
    ).body;
    expect(again).toMatchObject({ phase: 'ideas', followUps: [] });
    expect(again.agreement).toMatchObject({ agreedBy: [b.me.id], agreedAt: null });
  });

  it('answers any side or agreement without a 500, and a refused one changes nothing', async () => {
    const { a, b, one, url } = await withTopic();
    const revealed = `${url}/${(await a.post<ConflictTopic>(url, { title: 'T', text: 'x', tags: [] })).body.id}`;
    await a.request('PUT', `${revealed}/perspective`, side('A'));
    await b.request('PUT', `${revealed}/perspective`, side('B'));
    const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', 'a\u0000b', 'x'.repeat(5000)));
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          { happened: text, felt: text, need: text, myPart: fc.oneof(text, fc.integer()) },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            items: fc.array(
              fc.record({
                text,
                ownerId: fc.oneof(fc.constantFrom(a.me.id, b.me.id), fc.uuid(), fc.string()),
              }),
              { maxLength: 3 },
            ),
            checkOn: fc.oneof(fc.constantFrom('2031-01-01', '2031-02-30', '1800-01-01'), text),
          },
          { requiredKeys: [] },
        ),
        async (perspective, agreement) => {
          const before = (await a.get<ConflictTopic>(one)).body;
          const wrote = await a.request('PUT', `${one}/perspective`, perspective);
          expect(wrote.status).toBeLessThan(500);
          if (wrote.status >= 400) {
            expect((await a.get<ConflictTopic>(one)).body.perspectives).toEqual(
              before.perspectives,
            );
          }
          const agreed = (await a.get<ConflictTopic>(revealed)).body.agreement;
          const proposed = await a.request('PUT', `${revealed}/agreement`, agreement);
          expect(proposed.status).toBeLessThan(500);
          if (proposed.status >= 400) {
            expect((await a.get<ConflictTopic>(revealed)).body.agreement).toEqual(agreed);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
