import { describe, expect, it } from 'vitest';
import { describeOnEachDialect, dialects } from '../../../test/test-app';
import { TestClient, signUp } from '../../../test/test-client';

describeOnEachDialect('auth', (harness) => {
  it('registers, reads me, signs out and back in', async () => {
    const client = await signUp(harness().app, {
      email: 'Alex@Example.test',
      displayName: ' Alex ',
    });
    expect(client.me).toMatchObject({
      email: 'alex@example.test',
      displayName: 'Alex',
      timeZone: 'Europe/Berlin',
    });
    expect((await client.get('/api/v1/me')).body.id).toBe(client.me.id);

    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await client.get('/api/v1/me')).status).toBe(401);

    const login = await client.post('/api/v1/auth/login', {
      email: 'alex@example.test',
      password: 'correct horse battery',
    });
    expect(login.status).toBe(200);
    expect((await client.get('/api/v1/me')).body.email).toBe('alex@example.test');
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and rotates it at every sign-in', async () => {
    const app = harness().app;
    const client = await signUp(app, { email: 'cookie@example.test' });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: { email: 'cookie@example.test', password: 'correct horse battery' },
    });
    const header = String(login.headers['set-cookie']);
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Lax/);
    expect(header).not.toMatch(/Secure/);
    const before = client.cookie;
    await client.post('/api/v1/auth/login', {
      email: 'cookie@example.test',
      password: 'correct horse battery',
    });
    expect(client.cookie).toBeDefined();
    expect(client.cookie).not.toBe(before);
    // The session presented at sign-in is ended, not kept alongside the new one.
    const stale = new TestClient(app);
    stale.cookie = before;
    expect((await stale.get('/api/v1/me')).status).toBe(401);
  });

  it('ends the session a device had when it creates another account', async () => {
    const app = harness().app;
    const device = await signUp(app);
    const before = device.cookie;
    await device.post('/api/v1/auth/register', {
      email: 'second@example.test',
      password: 'long enough pw',
      displayName: 'Second',
    });
    expect(device.cookie).not.toBe(before);
    const stale = new TestClient(app);
    stale.cookie = before;
    expect((await stale.get('/api/v1/me')).status).toBe(401);
    expect((await device.get('/api/v1/me')).body.email).toBe('second@example.test');
  });

  it('gives the same error for an unknown email and a wrong password', async () => {
    await signUp(harness().app, { email: 'known@example.test' });
    const anonymous = new TestClient(harness().app);
    const wrongPassword = await anonymous.post('/api/v1/auth/login', {
      email: 'known@example.test',
      password: 'not the password',
    });
    const unknownEmail = await anonymous.post('/api/v1/auth/login', {
      email: 'nobody@example.test',
      password: 'not the password',
    });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.error.code).toBe('invalid_credentials');
  });

  it('refuses a second account with the same email (409) and names invalid fields (422)', async () => {
    await signUp(harness().app, { email: 'twice@example.test' });
    const again = new TestClient(harness().app);
    const taken = await again.post('/api/v1/auth/register', {
      email: 'TWICE@example.test',
      password: 'long enough pw',
      displayName: 'B',
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('email_taken');
    const invalid = await again.post('/api/v1/auth/register', {
      email: 'nope',
      password: 'short',
      displayName: '',
      timeZone: 'Mars/Olympus',
    });
    expect(invalid.status).toBe(422);
    const fields = invalid.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(fields).toEqual(
      expect.arrayContaining(['email', 'password', 'displayName', 'timeZone']),
    );
  });

  it('lists sessions on other devices and revokes one', async () => {
    const phone = await signUp(harness().app, { email: 'devices@example.test' });
    const laptop = new TestClient(harness().app);
    await laptop.post('/api/v1/auth/login', {
      email: 'devices@example.test',
      password: 'correct horse battery',
    });
    const sessions = (await phone.get('/api/v1/auth/sessions')).body.items;
    expect(sessions).toHaveLength(2);
    const other = sessions.find((s: { current: boolean }) => !s.current);
    expect(other).toBeDefined();
    expect((await phone.delete(`/api/v1/auth/sessions/${other.id}`)).status).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
    // Someone else's session id is not found, not forbidden.
    const stranger = await signUp(harness().app);
    const mine = (await phone.get('/api/v1/auth/sessions')).body.items[0].id;
    expect((await stranger.delete(`/api/v1/auth/sessions/${mine}`)).status).toBe(404);
  });

  it('changes the password and signs out the other devices', async () => {
    const phone = await signUp(harness().app, { email: 'newpw@example.test' });
    const laptop = new TestClient(harness().app);
    await laptop.post('/api/v1/auth/login', {
      email: 'newpw@example.test',
      password: 'correct horse battery',
    });
    const wrong = await phone.post('/api/v1/auth/password', {
      currentPassword: 'guess',
      newPassword: 'a new long password',
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.details.fields[0].path).toBe('currentPassword');
    expect(
      (
        await phone.post('/api/v1/auth/password', {
          currentPassword: 'correct horse battery',
          newPassword: 'a new long password',
        })
      ).status,
    ).toBe(204);
    expect((await laptop.get('/api/v1/me')).status).toBe(401);
    expect((await phone.get('/api/v1/me')).status).toBe(200);
    const relogin = new TestClient(harness().app);
    expect(
      (
        await relogin.post('/api/v1/auth/login', {
          email: 'newpw@example.test',
          password: 'a new long password',
        })
      ).status,
    ).toBe(200);
  });

  it('updates the display name and time zone', async () => {
    const client = await signUp(harness().app);
    const updated = await client.patch('/api/v1/me', {
      displayName: 'Sam',
      timeZone: 'America/New_York',
    });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ displayName: 'Sam', timeZone: 'America/New_York' });
    expect((await client.get('/api/v1/me')).body.timeZone).toBe('America/New_York');
  });
});

describeOnEachDialect(
  'auth rate limit',
  (harness) => {
    it('answers 429 rate_limited after too many sign-in attempts from one address', async () => {
      const client = new TestClient(harness().app);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        statuses.push(
          (
            await client.post('/api/v1/auth/login', {
              email: 'x@example.test',
              password: 'whatever',
            })
          ).status,
        );
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
      const limited = await client.post('/api/v1/auth/login', {
        email: 'x@example.test',
        password: 'whatever',
      });
      expect(limited.body.error.code).toBe('rate_limited');
    });
  },
  { authRateLimitPerMinute: 3 },
);

describe.each(dialects)('session cookie and HSTS over https [%s]', (dialect) => {
  it('marks the cookie Secure and sends HSTS when the public address is https', async () => {
    const { createTestDatabase, startTestApp } = await import('../../../test/test-app');
    const database = await createTestDatabase(dialect);
    const { app } = await startTestApp(database, { publicUrl: 'https://tandem.example' });
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: { email: 'secure@example.test', password: 'long enough pw', displayName: 'S' },
    });
    expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    await app.close();
    await database.drop();
  });
});

describeOnEachDialect('session expiry', (harness) => {
  it('signs nobody in with an expired session, and prunes it', async () => {
    const { app, services, database } = harness();
    const client = await signUp(app);
    await database.handle.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', client.me.id)
      .execute();
    expect((await client.get('/api/v1/me')).status).toBe(401);
    await services.auth.pruneExpiredSessions();
    const left = await database.handle.db
      .selectFrom('sessions')
      .select('id')
      .where('user_id', '=', client.me.id)
      .execute();
    expect(left).toEqual([]);
  });
});
