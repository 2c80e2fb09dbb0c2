import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, createSpace, invite, signUp } from '../../../test/test-client';

describeOnEachDialect('spaces', (harness) => {
  it('creates a space with its creator as owner and capabilities for the UI', async () => {
    const a = await signUp(harness().app);
    const space = await createSpace(a, 'household');
    expect(space).toMatchObject({
      name: 'Us',
      kind: 'household',
      memberCount: 1,
      maxMembers: 8,
      myRole: 'owner',
    });
    expect(space.capabilities).toEqual({ canInvite: true, canRename: true, canLeave: true });
    expect((await a.get('/api/v1/spaces')).body.items.map((s: { id: string }) => s.id)).toEqual([
      space.id,
    ]);
  });

  it('shows both partners the same members, and a stranger gets 404', async () => {
    const { a, b, stranger, space } = await createCouple(harness().app);
    const seenByA = (await a.get(`/api/v1/spaces/${space.id}/members`)).body.items;
    const seenByB = (await b.get(`/api/v1/spaces/${space.id}/members`)).body.items;
    expect(seenByA.map((m: { userId: string }) => m.userId)).toEqual([a.me.id, b.me.id]);
    expect(seenByB.map((m: { userId: string }) => m.userId)).toEqual([a.me.id, b.me.id]);
    expect(seenByA.find((m: { isMe: boolean }) => m.isMe).userId).toBe(a.me.id);
    expect(seenByB.find((m: { isMe: boolean }) => m.isMe).userId).toBe(b.me.id);
    const forStranger = await stranger.get(`/api/v1/spaces/${space.id}/members`);
    expect(forStranger.status).toBe(404);
    expect(forStranger.body.error.code).toBe('not_found');
  });

  it('lets a person belong to several spaces', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const family = await createSpace(b, 'household');
    const token = await invite(b, family.id);
    expect((await a.post(`/api/v1/invites/${token}/accept`)).status).toBe(200);
    const ids = (await a.get('/api/v1/spaces')).body.items.map((s: { id: string }) => s.id);
    expect(ids).toEqual([space.id, family.id]);
  });

  it('renames a space for everyone', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const renamed = await b.patch(`/api/v1/spaces/${space.id}`, { name: '  Home  ' });
    expect(renamed.body.name).toBe('Home');
    expect((await a.get(`/api/v1/spaces/${space.id}`)).body.name).toBe('Home');
  });

  it('ends access at once when a member leaves, and hands ownership on', async () => {
    const { a, b, space } = await createCouple(harness().app);
    expect((await a.delete(`/api/v1/spaces/${space.id}/members/me`)).status).toBe(204);
    expect((await a.get(`/api/v1/spaces/${space.id}`)).status).toBe(404);
    expect((await a.get(`/api/v1/spaces/${space.id}/checkins`)).status).toBe(404);
    expect((await a.get('/api/v1/spaces')).body.items).toEqual([]);
    const forB = (await b.get(`/api/v1/spaces/${space.id}`)).body;
    expect(forB).toMatchObject({ memberCount: 1, myRole: 'owner' });
    // The last one out takes the space with them.
    expect((await b.delete(`/api/v1/spaces/${space.id}/members/me`)).status).toBe(204);
    const count = await harness()
      .database.handle.db.selectFrom('spaces')
      .select('id')
      .where('id', '=', space.id)
      .execute();
    expect(count).toEqual([]);
  });
});

describeOnEachDialect('invites', (harness) => {
  it('previews, then joins with a single-use link', async () => {
    const a = await signUp(harness().app, { displayName: 'Alex' });
    const space = await createSpace(a);
    const created = await a.post(`/api/v1/spaces/${space.id}/invites`);
    expect(created.status).toBe(201);
    expect(created.body.url).toBe(`http://localhost:80/invite/${created.body.token}`);
    const days = (Date.parse(created.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);

    const b = await signUp(harness().app);
    const preview = await b.get(`/api/v1/invites/${created.body.token}`);
    expect(preview.body).toEqual({
      spaceName: 'Us',
      spaceKind: 'couple',
      invitedBy: 'Alex',
      expiresAt: created.body.expiresAt,
    });
    const joined = await b.post(`/api/v1/invites/${created.body.token}/accept`);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ id: space.id, memberCount: 2, myRole: 'member' });

    const c = await signUp(harness().app);
    const again = await c.post(`/api/v1/invites/${created.body.token}/accept`);
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invite_expired');
  });

  it('stores only a hash of the invite secret', async () => {
    const a = await signUp(harness().app);
    const space = await createSpace(a);
    const token = await invite(a, space.id);
    const rows = await harness()
      .database.handle.db.selectFrom('invites')
      .selectAll()
      .where('space_id', '=', space.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token.split('.')[1]);
  });

  it('answers 404 for a forged secret and a malformed token', async () => {
    const a = await signUp(harness().app);
    const space = await createSpace(a);
    const token = await invite(a, space.id);
    const forged = `${token.split('.')[0]}.${'A'.repeat(43)}`;
    const b = await signUp(harness().app);
    expect((await b.post(`/api/v1/invites/${forged}/accept`)).status).toBe(404);
    expect((await b.get(`/api/v1/invites/not-a-token`)).status).toBe(404);
  });

  it('lists and revokes pending invites; a revoked link no longer works', async () => {
    const { a, b, stranger, space } = await createCouple(harness().app);
    // A couple is full with two: no more invites.
    const full = await a.post(`/api/v1/spaces/${space.id}/invites`);
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('space_full');

    const home = await createSpace(a, 'household');
    const token = await invite(a, home.id);
    const pending = (await a.get(`/api/v1/spaces/${home.id}/invites`)).body.items;
    expect(pending).toHaveLength(1);
    expect(pending[0]).not.toHaveProperty('token');
    expect(
      (await stranger.delete(`/api/v1/spaces/${home.id}/invites/${pending[0].id}`)).status,
    ).toBe(404);
    expect((await a.delete(`/api/v1/spaces/${home.id}/invites/${pending[0].id}`)).status).toBe(204);
    expect((await a.get(`/api/v1/spaces/${home.id}/invites`)).body.items).toEqual([]);
    expect((await b.post(`/api/v1/invites/${token}/accept`)).status).toBe(410);
  });

  it("does not find another space's invite through a space the caller belongs to", async () => {
    const { a, stranger, strangerSpace } = await createCouple(harness().app);
    const home = await createSpace(a, 'household');
    await invite(a, home.id);
    const [pending] = (await a.get(`/api/v1/spaces/${home.id}/invites`)).body.items;
    const elsewhere = `/api/v1/spaces/${strangerSpace.id}/invites/${pending.id}`;
    expect((await stranger.delete(elsewhere)).status).toBe(404);
    expect((await a.get(`/api/v1/spaces/${home.id}/invites`)).body.items).toHaveLength(1);
  });

  it('refuses an expired invite', async () => {
    const a = await signUp(harness().app);
    const space = await createSpace(a);
    const token = await invite(a, space.id);
    await harness()
      .database.handle.db.updateTable('invites')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('space_id', '=', space.id)
      .execute();
    const b = await signUp(harness().app);
    expect((await b.get(`/api/v1/invites/${token}`)).status).toBe(410);
    expect((await b.post(`/api/v1/invites/${token}/accept`)).status).toBe(410);
  });

  it('refuses to join twice or beyond the space size', async () => {
    const a = await signUp(harness().app);
    const space = await createSpace(a);
    const first = await invite(a, space.id);
    const second = await invite(a, space.id);
    expect((await a.post(`/api/v1/invites/${first}/accept`)).body.error.code).toBe(
      'already_member',
    );
    const b = await signUp(harness().app);
    const c = await signUp(harness().app);
    expect((await b.post(`/api/v1/invites/${first}/accept`)).status).toBe(200);
    const overfull = await c.post(`/api/v1/invites/${second}/accept`);
    expect(overfull.status).toBe(409);
    expect(overfull.body.error.code).toBe('space_full');
  });

  it('lets only one of two simultaneous joins take the last place', async () => {
    const a = await signUp(harness().app);
    const space = await createSpace(a);
    const tokens = [await invite(a, space.id), await invite(a, space.id)];
    const people = [await signUp(harness().app), await signUp(harness().app)];
    const results = await Promise.all(
      people.map((p, i) => p.post(`/api/v1/invites/${tokens[i]}/accept`)),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await a.get(`/api/v1/spaces/${space.id}`)).body.memberCount).toBe(2);
  });
});
