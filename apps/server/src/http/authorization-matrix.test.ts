import { isApiErrorBody } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../test/test-app';
import { concreteUrl } from '../../test/route-fixtures';
import { TestClient, createCouple } from '../../test/test-client';
import { EVENTS_URL } from '../realtime/events.routes';

/**
 * Generated from the route table: every route, present and future, is checked for
 * "anonymous → 401" and "member of another space → 404".
 */
describeOnEachDialect('authorization matrix', (harness) => {
  it('covers a route table where every space route is members-only', () => {
    const { routes } = harness();
    expect(routes.length).toBeGreaterThanOrEqual(24);
    for (const route of routes) {
      if (route.url.includes(':spaceId')) expect(route.access, route.url).toBe('member');
    }
  });

  it('answers 401 to an anonymous caller on every route that needs sign-in', async () => {
    const { app, routes } = harness();
    const { space } = await createCouple(app);
    const anonymous = new TestClient(app);
    const checked: string[] = [];
    for (const route of [
      ...routes,
      { method: 'GET' as const, url: EVENTS_URL, access: 'member' as const },
    ]) {
      if (route.access === 'public') continue;
      const response = await anonymous.request(
        route.method,
        concreteUrl(route, space.id),
        route.method === 'GET' ? undefined : {},
      );
      expect(response.status, `${route.method} ${route.url}`).toBe(401);
      expect(isApiErrorBody(response.body), `${route.method} ${route.url}`).toBe(true);
      expect(response.body.error.code).toBe('unauthenticated');
      checked.push(route.url);
    }
    expect(checked.length).toBeGreaterThan(15);
  });

  it("answers 404 to a member of another space on every route of someone else's space", async () => {
    const { app, routes } = harness();
    const { stranger, space } = await createCouple(app);
    for (const route of [
      ...routes,
      { method: 'GET' as const, url: EVENTS_URL, access: 'member' as const },
    ]) {
      if (!route.url.includes(':spaceId')) continue;
      const response = await stranger.request(
        route.method,
        concreteUrl(route, space.id),
        route.method === 'GET' ? undefined : { name: 'x', mood: 3 },
      );
      expect(response.status, `${route.method} ${route.url}`).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
  });
});
