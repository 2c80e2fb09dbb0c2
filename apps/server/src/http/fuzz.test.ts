import fc from 'fast-check';
import { isApiErrorBody } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../test/test-app';
import { concreteUrl } from '../../test/route-fixtures';
import { createCouple } from '../../test/test-client';

const RUNS = 25;

function expectNoServerError(response: { statusCode: number; body: string }, label: string) {
  expect(response.statusCode, label).toBeLessThan(500);
  if (response.statusCode >= 400) {
    expect(isApiErrorBody(JSON.parse(response.body)), `${label}: ${response.body}`).toBe(true);
  }
}

const queryString = fc
  .dictionary(fc.constantFrom('date', 'from', 'to', 'x', '__proto__', 'constructor'), fc.string(), {
    maxKeys: 4,
  })
  .map((entries) => new URLSearchParams(entries).toString());

/** Arbitrary JSON bodies, query strings and path segments to every route: never a 500. */
describeOnEachDialect('fuzzing every route', (harness) => {
  it('survives arbitrary JSON bodies and query strings', async () => {
    const { app, routes } = harness();
    for (const route of routes) {
      // A fresh couple per route: a fuzzed DELETE or logout must not starve the next route.
      const { a, space } = await createCouple(app);
      await fc.assert(
        fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), queryString, async (body, query) => {
          const response = await app.inject({
            method: route.method,
            url: `${concreteUrl(route, space.id)}?${query}`,
            headers: { cookie: a.cookie ?? '', 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expectNoServerError(response, `${route.method} ${route.url}`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('survives bodies shaped like the real ones with arbitrary values', async () => {
    const { app, routes } = harness();
    const { a, space } = await createCouple(app);
    const fields = [
      'email',
      'password',
      'displayName',
      'timeZone',
      'name',
      'kind',
      'date',
      'mood',
      'energy',
      'need',
      'appreciation',
      'visibility',
      'currentPassword',
      'newPassword',
    ];
    const body = fc.dictionary(
      fc.constantFrom(...fields),
      fc.oneof(
        fc.string(),
        fc.integer(),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constantFrom('shared', 'private', 'couple', 'household', '2026-02-29', 'UTC', 'a@b.co'),
      ),
    );
    const writes = routes.filter((r) => r.body);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), body, async (route, payload) => {
        const response = await a.request(route.method, concreteUrl(route, space.id), payload);
        expect(
          response.status,
          `${route.method} ${route.url} ${JSON.stringify(payload)}`,
        ).toBeLessThan(500);
      }),
      { numRuns: 200 },
    );
  });

  it('survives arbitrary path segments, raw bodies and content types', async () => {
    const { app, routes } = harness();
    const { a, space } = await createCouple(app);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.string({ minLength: 1 }),
        fc.string(),
        fc.constantFrom(
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json; charset=latin1',
        ),
        async (route, segment, raw, contentType) => {
          const url = concreteUrl(route, space.id).replace(
            /[0-9a-f-]{36}(\.x{43})?$/,
            encodeURIComponent(segment),
          );
          const response = await app.inject({
            method: route.method,
            url,
            headers: { cookie: a.cookie ?? '', 'content-type': contentType },
            payload: raw,
          });
          expectNoServerError(response, `${route.method} ${url} (${contentType})`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
