import fc from 'fast-check';
import { isApiErrorBody, localDateIn } from '@tandem/shared';
import type { z } from 'zod';
import { expect, it, vi } from 'vitest';
import { describeOnEachDialect } from '../../test/test-app';
import { concreteUrl } from '../../test/route-fixtures';
import { createCouple } from '../../test/test-client';
import { errorCodesOf } from './openapi';
import type { RouteDefinition } from './route';

// Every route gets its share of runs, so these take longer as the API grows — and much longer
// on a busy two-core machine. A harness limit, not a speed requirement.
vi.setConfig({ testTimeout: 180_000 });

/**
 * No input may produce a 500, every error has the one shape, and its code is one the route's
 * API docs list — so the OpenAPI document stays true as routes change.
 */
/** The fields a body may have: an object's, or those of every option of a (nested) union. */
function bodyFields(schema: z.ZodType): string[] {
  const options = (schema as unknown as { options?: z.ZodType[] }).options;
  if (!options) return Object.keys((schema as z.ZodObject).shape);
  return [...new Set(options.flatMap(bodyFields))];
}

function expectWellFormed(route: RouteDefinition, status: number, text: string, input: unknown) {
  const label = `${route.method} ${route.url} ${JSON.stringify(input)}`;
  expect(status, label).toBeLessThan(500);
  if (status < 400) return;
  const body: unknown = JSON.parse(text);
  expect(isApiErrorBody(body), `${label}: ${text}`).toBe(true);
  if (isApiErrorBody(body)) expect(errorCodesOf(route), label).toContain(body.error.code);
}

// Any Unicode, NUL and lone surrogates included, and values at the edges of what is valid.
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', ' ', 'x'.repeat(600)),
);
const edgyValues = fc.constantFrom(
  '0000-01-01',
  '1899-12-31',
  '1900-01-01',
  '2999-12-31',
  '9999-12-31',
  '+010000-01-01',
  '2026-02-29',
  'UTC',
  'Mars/Olympus',
  'shared',
  'private',
  'couple',
  'household',
  'a@b.co',
  'done',
  'skipped',
  0,
  1,
  5,
  6,
  -1,
  2 ** 53,
  Number.MAX_VALUE,
  Number.NaN,
);
const queryString = fc
  .dictionary(
    fc.constantFrom('date', 'from', 'to', 'x', '__proto__', 'constructor'),
    fc.oneof(anyText, edgyValues.map(String)),
    {
      maxKeys: 4,
    },
  )
  .map((entries) => new URLSearchParams(entries).toString());

/** A valid value for every body field of the API; each run replaces one or two of them. */
const validSample = (): Record<string, unknown> => ({
  email: `fuzz-${Math.random().toString(36).slice(2)}@example.test`,
  password: 'correct horse battery',
  displayName: 'Fuzz',
  timeZone: 'Europe/Berlin',
  name: 'Our space',
  kind: 'household',
  date: localDateIn('Europe/Berlin'),
  mood: 3,
  energy: 4,
  need: 'A walk',
  appreciation: 'Thank you',
  visibility: 'shared',
  currentPassword: 'correct horse battery',
  newPassword: 'another long password',
  area: 'laundry',
  doneWell: 'Folded the same day',
  rrule: 'FREQ=WEEKLY;BYDAY=MO',
  scheduleFrom: 'due',
  minutes: { notice: 5, plan: 5, do: 30 },
  keys: ['laundry', 'bills'],
  rating: 'dislike',
  hoursPerWeek: 10,
  actualMinutes: 20,
  note: 'Done before breakfast',
  doneAt: new Date(Date.now() - 60_000).toISOString(),
  question: 'Where shall we live?',
  options: [{ label: 'Here' }, { label: 'There' }],
  statusQuo: true,
  vetoesPerMonth: 2,
  title: 'The dishes',
  text: 'I feel tired about the dishes and I need help.',
  tags: ['home'],
  start: '2031-05-02T19:00',
  end: '2031-05-02T21:00',
  place: 'By the river',
  answer: 'accepted',
  setting: 'out',
  cost: 'free',
  duration: 'evening',
  seasons: ['any'],
  relation: 'friend',
  everyDays: 14,
  private: false,
});

// Routes that end the fixture itself (signing out, leaving) are fuzzed with a fresh couple each.
const endsTheFixture = (route: RouteDefinition) =>
  route.url.endsWith('/members/me') ||
  route.url.includes('/auth/logout') ||
  route.url.includes('/auth/sessions/');

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
          expectWellFormed(route, response.statusCode, response.body, { body, query });
        }),
        { numRuns: 25 },
      );
    }
  });

  it('survives valid bodies with one or two fields replaced by arbitrary and edge values', async () => {
    const { app, routes } = harness();
    const value = fc.oneof(
      anyText,
      edgyValues,
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
    );
    const writes = routes.filter((r) => r.body && !endsTheFixture(r));
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...writes),
        fc.dictionary(fc.constantFrom(...Object.keys(validSample())), value, {
          minKeys: 1,
          maxKeys: 2,
        }),
        async (route, replaced) => {
          // A fresh couple per run: a valid check-in or invite must not make the next run a 409.
          const { a, space } = await createCouple(app);
          const fields = bodyFields(route.body!);
          const sample = validSample();
          const payload = Object.fromEntries(
            fields.map((f) => [f, f in replaced ? replaced[f] : sample[f]]),
          );
          const response = await a.request(route.method, concreteUrl(route, space.id), payload);
          if (response.status < 300) accepted += 1;
          expectWellFormed(route, response.status, JSON.stringify(response.body ?? null), payload);
        },
      ),
      { numRuns: 150 },
    );
    // The property must reach the services, not only the validator.
    expect(accepted).toBeGreaterThan(10);
  });

  it('survives arbitrary path segments, raw bodies and content types', async () => {
    const { app, routes } = harness();
    const { a, space } = await createCouple(app);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes.filter((r) => !endsTheFixture(r))),
        fc.string({ minLength: 1, unit: 'binary' }),
        fc.string({ unit: 'binary' }),
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
          expectWellFormed(route, response.statusCode, response.body, { url, contentType });
        },
      ),
      { numRuns: 200 },
    );
  });
});
