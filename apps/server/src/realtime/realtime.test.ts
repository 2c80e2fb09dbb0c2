import { isRealtimeEvent, type RealtimeEvent } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createTestDatabase,
  describeOnEachDialect,
  startTestApp,
  type TestDatabase,
} from '../../test/test-app';
import { TestClient, createCouple } from '../../test/test-client';
import type { TandemApp } from '../app';
import { CLOSE_SIGNED_OUT } from './space-hub';

interface Listener {
  events: RealtimeEvent[];
  raw: string[];
  socket: WebSocket;
  closed: Promise<number>;
  next(predicate?: (e: RealtimeEvent) => boolean): Promise<RealtimeEvent>;
}

async function baseUrl(app: TandemApp['app']): Promise<string> {
  if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `ws://127.0.0.1:${address.port}`;
}

/** Opens a space's live channel as `client`; resolves once connected, rejects with the HTTP status. */
async function listen(
  app: TandemApp['app'],
  client: TestClient,
  spaceId: string,
  origin?: string,
): Promise<Listener> {
  const base = await baseUrl(app);
  const socket = new WebSocket(`${base}/api/v1/spaces/${spaceId}/events`, {
    headers: { cookie: client.cookie ?? '', origin: origin ?? base.replace('ws:', 'http:') },
  });
  const events: RealtimeEvent[] = [];
  const raw: string[] = [];
  const waiters: {
    predicate: (e: RealtimeEvent) => boolean;
    resolve: (e: RealtimeEvent) => void;
  }[] = [];
  socket.on('message', (data) => {
    const text = Buffer.isBuffer(data) ? data.toString('utf8') : JSON.stringify(data);
    raw.push(text);
    const event = JSON.parse(text) as RealtimeEvent;
    events.push(event);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(event)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(event);
      }
    }
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
  return {
    events,
    raw,
    socket,
    closed,
    next: (predicate = () => true) =>
      new Promise((resolve, reject) => {
        const seen = events.find(predicate);
        if (seen) return resolve(seen);
        waiters.push({ predicate, resolve });
        setTimeout(() => reject(new Error('no event within 5 s')), 5000);
      }),
  };
}

describeOnEachDialect('real-time events', (harness) => {
  it('tells the partner a check-in changed — its id only, never its content', async () => {
    const { app } = harness();
    const { a, b, space } = await createCouple(app);
    const forB = await listen(app, b, space.id);
    const created = (
      await a.post(`/api/v1/spaces/${space.id}/checkins`, { mood: 4, need: 'REALTIME-SECRET-NEED' })
    ).body;
    const event = await forB.next((e) => e.id === created.id);
    expect(event).toEqual({ entity: 'checkin', id: created.id, updatedAt: created.updatedAt });
    expect(isRealtimeEvent(event)).toBe(true);
    expect(forB.raw.join()).not.toContain('REALTIME-SECRET');
    forB.socket.close();
  });

  it('announces a private check-in to its author only', async () => {
    const { app } = harness();
    const { a, b, space } = await createCouple(app);
    const forA = await listen(app, a, space.id);
    const forB = await listen(app, b, space.id);
    const secret = (
      await a.post(`/api/v1/spaces/${space.id}/checkins`, { mood: 2, visibility: 'private' })
    ).body;
    const shared = (await b.post(`/api/v1/spaces/${space.id}/checkins`, { mood: 3 })).body;
    await forA.next((e) => e.id === secret.id);
    // B's own later event has arrived, so A's private one would have arrived before it.
    await forB.next((e) => e.id === shared.id);
    expect(forB.raw.join()).not.toContain(secret.id);
    forA.socket.close();
    forB.socket.close();
  });

  it('tells only the rater that a chore rating changed; a shared change reaches both', async () => {
    const { app } = harness();
    const { a, b, space } = await createCouple(app);
    const url = `/api/v1/spaces/${space.id}/chores`;
    const [chore] = (await a.post(`${url}/starter`, { keys: ['laundry'] })).body.items;
    const forA = await listen(app, a, space.id);
    const forB = await listen(app, b, space.id);
    await a.request('PUT', `${url}/${chore.id}/rating`, { rating: 'dislike' });
    await forA.next((e) => e.entity === 'responsibility' && e.id === chore.id);
    const patched = (await b.patch(`${url}/${chore.id}`, { doneWell: 'Folded the same day' })).body;
    // Events arrive in the order they were published: had A's rating reached B, it would
    // already be there when B's own change arrives.
    await forB.next((e) => e.updatedAt === patched.updatedAt);
    await forA.next((e) => e.updatedAt === patched.updatedAt);
    expect(forB.events.filter((e) => e.entity === 'responsibility')).toHaveLength(1);
    forA.socket.close();
    forB.socket.close();
  });

  it('tells only the author of a private expense; a shared one reaches both', async () => {
    const { app } = harness();
    const { a, b, space } = await createCouple(app);
    const url = `/api/v1/spaces/${space.id}/money/expenses`;
    const forA = await listen(app, a, space.id);
    const forB = await listen(app, b, space.id);
    const secret = (
      await a.post(url, { amount: 900, description: 'PRIVATE-HAIRCUT', privacy: 'private' })
    ).body;
    await forA.next((e) => e.id === secret.id);
    const shared = (await b.post(url, { amount: 500, description: 'SHARED-BREAD' })).body;
    await forB.next((e) => e.id === shared.id);
    await forA.next((e) => e.id === shared.id);
    expect(forB.raw.join()).not.toContain(secret.id);
    expect([...forA.raw, ...forB.raw].join()).not.toMatch(/HAIRCUT|BREAD/);
    forA.socket.close();
    forB.socket.close();
  });

  it('tells the partner a prompt was answered, never the sealed answer; a favourite to its owner only', async () => {
    const { app } = harness();
    const { a, b, space } = await createCouple(app);
    const url = `/api/v1/spaces/${space.id}/prompts`;
    const round = (await a.post(`${url}/rounds`, { deck: 'money' })).body;
    const forB = await listen(app, b, space.id);
    await a.request('PUT', `${url}/rounds/${round.id}/favourite`, { favourite: true });
    const answered = (
      await a.request('PUT', `${url}/rounds/${round.id}/answer`, { text: 'SEALED-ANSWER' })
    ).body;
    await forB.next((e) => e.entity === 'prompt' && e.id === round.id);
    // The favourite came first and went to A alone: B's first prompt event is the answer's.
    expect(forB.events.filter((e) => e.entity === 'prompt')).toHaveLength(1);
    expect(forB.raw.join()).not.toContain('SEALED');
    expect(answered.answers[0].text).toBe('SEALED-ANSWER');
    forB.socket.close();
  });

  it('refuses strangers, anonymous callers and other sites', async () => {
    const { app } = harness();
    const { a, stranger, space } = await createCouple(app);
    await expect(listen(app, stranger, space.id)).rejects.toThrow('HTTP 404');
    await expect(listen(app, { cookie: undefined } as TestClient, space.id)).rejects.toThrow(
      'HTTP 401',
    );
    await expect(listen(app, a, space.id, 'https://evil.example')).rejects.toThrow('HTTP 403');
  });

  it('closes the live channels of sessions that sign out, are revoked or end with a password change', async () => {
    const { app } = harness();
    const { a, b, space } = await createCouple(app);
    const laptop = new TestClient(app);
    const tablet = new TestClient(app);
    for (const device of [laptop, tablet]) {
      await device.post('/api/v1/auth/login', {
        email: b.me.email,
        password: 'correct horse battery',
      });
    }
    const onPhone = await listen(app, b, space.id);
    const onLaptop = await listen(app, laptop, space.id);
    const onTablet = await listen(app, tablet, space.id);
    const forA = await listen(app, a, space.id);

    const laptopSession = (await laptop.get('/api/v1/auth/sessions')).body.items.find(
      (s: { current: boolean }) => s.current,
    );
    await b.delete(`/api/v1/auth/sessions/${laptopSession.id}`);
    expect(await onLaptop.closed).toBe(CLOSE_SIGNED_OUT);

    await b.post('/api/v1/auth/password', {
      currentPassword: 'correct horse battery',
      newPassword: 'another long password',
    });
    expect(await onTablet.closed).toBe(CLOSE_SIGNED_OUT);

    // The phone changed the password and stays connected; A was never affected.
    const created = (await a.post(`/api/v1/spaces/${space.id}/checkins`, { mood: 3 })).body;
    await onPhone.next((e) => e.id === created.id);
    await forA.next((e) => e.id === created.id);

    await b.post('/api/v1/auth/logout');
    expect(await onPhone.closed).toBe(CLOSE_SIGNED_OUT);
    forA.socket.close();
  });

  it('closes the live channel of a member who leaves', async () => {
    const { app } = harness();
    const { a, b, space } = await createCouple(app);
    const forB = await listen(app, b, space.id);
    const forA = await listen(app, a, space.id);
    await b.delete(`/api/v1/spaces/${space.id}/members/me`);
    expect(await forB.closed).toBe(4403);
    await forA.next((e) => e.entity === 'member' && e.id === b.me.id);
    forA.socket.close();
  });
});

describe('real-time fan-out across two server processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let first: TandemApp;
  let second: TandemApp;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    first = await startTestApp(database);
    // The second instance has its own pool and its own LISTEN connection, as a second process would.
    const { openPostgres } = await import('../db/database');
    const secondHandle = openPostgres(database.url ?? '');
    second = await startTestApp({ ...database, handle: secondHandle });
    second.app.addHook('onClose', () => secondHandle.close());
  });
  afterAll(async () => {
    await first.app.close();
    await second.app.close();
    await database.drop();
  });

  it('delivers an event raised on one instance to a client of the other', async () => {
    const { a, b, space } = await createCouple(first.app);
    const onSecond = await listen(second.app, b, space.id);
    const created = (await a.post(`/api/v1/spaces/${space.id}/checkins`, { mood: 5 })).body;
    expect(await onSecond.next((e) => e.id === created.id)).toEqual({
      entity: 'checkin',
      id: created.id,
      updatedAt: created.updatedAt,
    });
    onSecond.socket.close();
  });
});
