import type { LiveSession } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import {
  createCouple,
  createSpace,
  invite,
  signUp,
  type TestClient,
} from '../../../test/test-client';

describeOnEachDialect('connection: live speaker–listener sessions', (harness) => {
  async function withSession() {
    const couple = await createCouple(harness().app);
    const url = `/api/v1/spaces/${couple.space.id}/sessions`;
    const started = await couple.a.post(url, { topic: 'Our evenings' });
    expect(started.status).toBe(201);
    const session = started.body as LiveSession;
    const move = (client: TestClient, body: Record<string, unknown>) =>
      client.post(`${url}/${session.id}/moves`, body);
    return { ...couple, url, session, move };
  }

  it('runs a round between the two: the listener only paraphrases until the speaker confirms', async () => {
    const { a, b, url, session, move } = await withSession();
    expect(session).toMatchObject({ phase: 'waiting', starterId: a.me.id, partnerId: b.me.id });
    expect((await b.get(`${url}/${session.id}`)).body.allowedMoves).toEqual(['join', 'end']);

    expect((await move(b, { type: 'join' })).body.phase).toBe('talking');
    await move(a, { type: 'speak', text: 'I feel alone in the evenings.' });
    const outOfTurn = await move(b, { type: 'speak', text: 'But I am always there!' });
    expect(outOfTurn.status).toBe(409);
    expect(outOfTurn.body.error).toMatchObject({
      code: 'out_of_turn',
      details: { refusal: 'listener_only_paraphrases' },
    });
    await move(b, { type: 'paraphrase', text: 'You feel the evenings are on you.' });
    await move(a, { type: 'correct', text: 'Not quite: alone, not busy.' });
    await move(b, { type: 'paraphrase', text: 'You feel lonely in the evenings.' });
    await move(a, { type: 'confirm' });
    const passed = (await move(a, { type: 'pass_floor' })).body as LiveSession;
    expect(passed.floor).toBe(b.me.id);
    expect(passed.allowedMoves).toEqual(['ask_to_solve', 'timeout', 'end']);

    // Both see the same conversation, word for word.
    const forB = (await b.get(`${url}/${session.id}`)).body as LiveSession;
    expect(forB.turns).toEqual(passed.turns);
    expect(forB.turns.map((t) => t.kind)).toEqual([
      'speak',
      'paraphrase',
      'correct',
      'paraphrase',
      'confirm',
      'floor',
    ]);
    expect(forB.allowedMoves).toContain('speak');
  });

  it('pauses for at least twenty minutes and refuses to resume early', async () => {
    const { a, b, url, move } = await withSession();
    await move(b, { type: 'join' });
    const soon = new Date(Date.now() + 5 * 60_000).toISOString();
    const tooShort = await move(a, { type: 'timeout', until: soon });
    expect(tooShort.body.error.details.refusal).toBe('timeout_too_short');
    const until = new Date(Date.now() + 25 * 60_000).toISOString();
    const paused = (await move(a, { type: 'timeout', until })).body as LiveSession;
    expect(paused).toMatchObject({ phase: 'timeout', timeout: { by: a.me.id, until } });
    expect((await move(b, { type: 'resume' })).body.error.details.refusal).toBe(
      'too_early_to_resume',
    );
    const { services, database } = harness();
    expect(await services.sessions.remindEndedBreaks()).toBe(0);

    // The break's time comes: both are called back, once.
    await database.handle.db
      .updateTable('live_sessions')
      .set({ timeout_until: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', paused.id)
      .execute();
    expect(await services.sessions.remindEndedBreaks()).toBe(1);
    expect(await services.sessions.remindEndedBreaks()).toBe(0);
    for (const client of [a, b]) {
      const inbox = (await client.get(url.replace('/sessions', '/notifications'))).body;
      expect(
        inbox.items.filter((n: { refId: string }) => n.refId === paused.id).length,
      ).toBeGreaterThanOrEqual(1);
    }
  });

  it('keeps a session to its two people; summaries after it ends', async () => {
    const { a, b, url, session, move, stranger } = await withSession();
    expect((await stranger.get(`${url}/${session.id}`)).status).toBe(404);
    expect((await stranger.post(`${url}/${session.id}/moves`, { type: 'join' })).status).toBe(404);
    const early = await a.request('PUT', `${url}/${session.id}/summary`, { text: 'We listened.' });
    expect(early.body.error.details.refusal).toBe('not_ended');
    await move(b, { type: 'end' });
    const kept = await a.request('PUT', `${url}/${session.id}/summary`, { text: 'We listened.' });
    expect(kept.body.summaries).toEqual([
      expect.objectContaining({ userId: a.me.id, text: 'We listened.' }),
    ]);
    expect((await b.get(url)).body.items[0].summaries).toHaveLength(1);
    expect((await move(a, { type: 'speak', text: 'More' })).body.error.details.refusal).toBe(
      'session_over',
    );
  });

  it('in a household, stays between the two: a third member finds nothing', async () => {
    const { app } = harness();
    const a = await signUp(app);
    const b = await signUp(app);
    const c = await signUp(app);
    const home = await createSpace(a, 'household');
    for (const member of [b, c]) {
      await member.post(`/api/v1/invites/${await invite(a, home.id)}/accept`);
    }
    const url = `/api/v1/spaces/${home.id}/sessions`;
    expect((await a.post(url, { topic: 'Money' })).body.error.details.fields[0].path).toBe(
      'partnerId',
    );
    const session = (await a.post(url, { topic: 'Money', partnerId: b.me.id })).body;
    expect((await c.get(`${url}/${session.id}`)).status).toBe(404);
    expect((await c.get(url)).body.items).toEqual([]);
    expect((await b.get(url)).body.items).toHaveLength(1);
    // What they keep of it is the household's to read.
    await b.post(`${url}/${session.id}/moves`, { type: 'end' });
    await b.request('PUT', `${url}/${session.id}/summary`, { text: 'We agreed on a budget day.' });
    expect((await c.get(`${url}/summaries`)).body.items).toEqual([
      expect.objectContaining({
        topic: 'Money',
        userId: b.me.id,
        text: 'We agreed on a budget day.',
      }),
    ]);
  });
});
