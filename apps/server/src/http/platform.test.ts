import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestDatabase,
  describeOnEachDialect,
  dialects,
  startTestApp,
  type TestDatabase,
} from '../../test/test-app';
import { createCouple, signUp } from '../../test/test-client';
import type { TandemApp } from '../app';

describeOnEachDialect('platform', (harness) => {
  it('reports health and Prometheus metrics', async () => {
    const { app } = harness();
    const health = await app.inject('/healthz');
    expect(health.statusCode).toBe(200);
    expect(health.json()).toMatchObject({ status: 'ok' });
    await app.inject('/api/v1/me');
    const metrics = await app.inject('/metrics');
    expect(metrics.headers['content-type']).toMatch(/text\/plain/);
    expect(metrics.body).toContain(
      'tandem_http_requests_total{method="GET",route="/api/v1/me",status="401"}',
    );
    expect(metrics.body).toContain('tandem_realtime_connections');
    // Not for anyone else on the network: request counts tell when a household is active.
    const fromAfar = await app.inject({ url: '/metrics', remoteAddress: '192.0.2.7' });
    expect(fromAfar.statusCode).toBe(403);
    expect(fromAfar.body).not.toContain('tandem_http');
  });

  it('publishes an OpenAPI 3.1 document generated from the route table, and a docs page', async () => {
    const { app, routes } = harness();
    const doc = (await app.inject('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const route of routes) {
      const operation =
        doc.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
    }
    const createCheckin = doc.paths['/api/v1/spaces/{spaceId}/checkins'].post;
    expect(
      createCheckin.requestBody.content['application/json'].schema.properties.mood,
    ).toMatchObject({ type: 'integer', minimum: 1, maximum: 5 });
    expect(createCheckin.responses['404']).toBeDefined();
    const docs = await app.inject('/api/docs');
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expect(docs.body).toContain('<script src="/api/docs/docs.js"></script>');
    expect((await app.inject('/api/docs/docs.js')).statusCode).toBe(200);
  });

  it('sends secure headers with a CSP that allows no inline script', async () => {
    const response = await harness().app.inject('/healthz');
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    // Over plain http (a LAN install) there is no HSTS to lock people out.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('refuses writes from another site, bodies that are too large, and non-JSON bodies', async () => {
    const { app } = harness();
    const person = await signUp(app);
    const createSpace = (headers: Record<string, string>, payload: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/spaces',
        headers: { cookie: person.cookie ?? '', 'content-type': 'application/json', ...headers },
        payload,
      });
    const valid = JSON.stringify({ name: 'x', kind: 'couple' });

    const crossSite = await createSpace({ origin: 'https://evil.example' }, valid);
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json().error.code).toBe('bad_origin');
    const escaped = await app.inject({
      method: 'POST',
      url: '/%61pi/v1/auth/login',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      payload: JSON.stringify({ email: 'x@example.test', password: 'whatever' }),
    });
    expect(escaped.statusCode).toBe(403);
    const crossSiteNoOrigin = await createSpace({ 'sec-fetch-site': 'cross-site' }, valid);
    expect(crossSiteNoOrigin.statusCode).toBe(403);
    expect((await createSpace({ origin: 'http://localhost:80' }, valid)).statusCode).toBe(201);

    const tooLarge = await createSpace(
      {},
      JSON.stringify({ name: 'x'.repeat(100_000), kind: 'couple' }),
    );
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error.code).toBe('payload_too_large');
    const form = await createSpace({ 'content-type': 'text/plain' }, valid);
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('unsupported_media_type');
    const broken = await createSpace({}, '{"name":');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('bad_request');
  });

  it('answers unknown API paths with the JSON 404', async () => {
    const response = await harness().app.inject('/api/v1/nothing-here');
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});

describe.each(dialects)('privacy in logs [%s]', (dialect) => {
  let database: TestDatabase;
  let built: TandemApp;
  const lines: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    built = await startTestApp(
      database,
      { logLevel: 'trace' },
      { write: (line: string) => void lines.push(line) },
    );
  });
  afterAll(async () => {
    await built.app.close();
    await database.drop();
  });

  it('writes no check-in content, password, cookie or invite token to any log line', async () => {
    const { a, b, space } = await createCouple(built.app);
    const token = (await a.post(`/api/v1/spaces/${space.id}/invites`)).body.token ?? 'no-token';
    await a.post(`/api/v1/spaces/${space.id}/checkins`, {
      mood: 2,
      need: 'LOG-PRIVATE-NEED',
      appreciation: 'LOG-PRIVATE-THANKS',
      visibility: 'private',
    });
    await b.post(`/api/v1/spaces/${space.id}/checkins`, { mood: 4, need: 'LOG-SHARED-NEED' });
    await b.post('/api/v1/auth/login', { email: b.me.email, password: 'LOG-WRONG-PASSWORD' });
    await built.app.inject(`/api/v1/invites/${a.me.id}.${'y'.repeat(43)}`);
    const all = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const secret of [
      'LOG-PRIVATE',
      'LOG-SHARED',
      'LOG-WRONG-PASSWORD',
      'correct horse battery',
      a.cookie?.split('=')[1] ?? 'x',
      'yyyyyyyyyy',
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toContain(token.split('.')[1]);
  });
});

describe.each(dialects)('the built web app [%s]', (dialect) => {
  let database: TestDatabase;
  let built: TandemApp;
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-web-'));

  beforeAll(async () => {
    fs.mkdirSync(path.join(webDir, 'assets'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Tandem</title>');
    fs.writeFileSync(path.join(webDir, 'assets', 'app-abc123.js'), 'console.log(1)');
    database = await createTestDatabase(dialect);
    built = await startTestApp(database, { webDistDir: webDir });
  });
  afterAll(async () => {
    await built.app.close();
    await database.drop();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves client-side routes with index.html and hashed assets as immutable', async () => {
    const page = await built.app.inject('/s/some-space/members');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>Tandem</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await built.app.inject('/assets/app-abc123.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await built.app.inject('/api/v1/unknown')).statusCode).toBe(404);
    expect((await built.app.inject('/assets/gone-123.js')).statusCode).toBe(404);
    expect(
      (await built.app.inject('/invite/0190a0b4-0000-7000-8000-000000000001.abc')).body,
    ).toContain('<title>Tandem</title>');
  });
});

describe.each(dialects)('metrics with a token [%s]', (dialect) => {
  it('answers anyone with the bearer token, and nobody without it', async () => {
    const database = await createTestDatabase(dialect);
    const { app } = await startTestApp(database, { metricsToken: 'scrape-secret' });
    const withToken = await app.inject({
      url: '/metrics',
      remoteAddress: '192.0.2.7',
      headers: { authorization: 'Bearer scrape-secret' },
    });
    expect(withToken.statusCode).toBe(200);
    const wrong = await app.inject({ url: '/metrics', headers: { authorization: 'Bearer guess' } });
    expect(wrong.statusCode).toBe(403);
    expect((await app.inject('/metrics')).statusCode).toBe(403);
    await app.close();
    await database.drop();
  });
});
