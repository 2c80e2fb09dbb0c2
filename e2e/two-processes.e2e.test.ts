import type { RealtimeEvent } from '@tandem/shared';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startThrowawayPostgres } from '../apps/server/test/postgres-cluster';
import { startBuiltServer, type RunningServer } from './server';

/** One person talking to one server process, with the cookie a browser would keep. */
function person(baseUrl: string) {
  let cookie = '';
  return {
    get cookie() {
      return cookie;
    },
    // Like the web app: unsafe requests always carry a JSON body, `{}` when there is nothing to say.
    async call(method: string, path: string, body: unknown = {}) {
      const response = await fetch(baseUrl + path, {
        method,
        headers: { cookie, origin: baseUrl, 'content-type': 'application/json' },
        ...(method === 'GET' ? {} : { body: JSON.stringify(body) }),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      return response.status === 204 ? null : await response.json();
    },
  };
}

describe('two server processes on one PostgreSQL database', () => {
  let cluster: { url: string; stop: () => void };
  let first: RunningServer;
  let second: RunningServer;

  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query('create database tandem_two_processes');
    await admin.end();
    const databaseUrl = cluster.url.replace(/\/postgres$/, '/tandem_two_processes');
    first = await startBuiltServer({ databaseUrl });
    second = await startBuiltServer({ databaseUrl });
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
    cluster?.stop();
  });

  it('delivers a check-in made through one process to a partner connected to the other', async () => {
    const alex = person(first.url);
    const sam = person(second.url);
    const password = 'correct horse battery';
    await alex.call('POST', '/api/v1/auth/register', {
      email: 'alex@example.test',
      password,
      displayName: 'Alex',
    });
    await sam.call('POST', '/api/v1/auth/register', {
      email: 'sam@example.test',
      password,
      displayName: 'Sam',
    });
    const space = await alex.call('POST', '/api/v1/spaces', { name: 'Us', kind: 'couple' });
    const { token } = await alex.call('POST', `/api/v1/spaces/${space.id}/invites`);
    const joined = await sam.call('POST', `/api/v1/invites/${token}/accept`);
    expect(joined, JSON.stringify(joined)).toMatchObject({ id: space.id });

    const socket = new WebSocket(
      `${second.url.replace('http', 'ws')}/api/v1/spaces/${space.id}/events`,
      {
        headers: { cookie: sam.cookie, origin: second.url },
      },
    );
    const events: RealtimeEvent[] = [];
    socket.on('message', (data: Buffer) => events.push(JSON.parse(data.toString('utf8'))));
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

    const created = await alex.call('POST', `/api/v1/spaces/${space.id}/checkins`, {
      mood: 4,
      need: 'TWO-PROCESS-NEED',
    });
    await expect
      .poll(() => events.find((e) => e.id === created.id))
      .toEqual({
        entity: 'checkin',
        id: created.id,
        updatedAt: created.updatedAt,
      });
    expect(JSON.stringify(events)).not.toContain('TWO-PROCESS-NEED');
    socket.close();
  });
});
