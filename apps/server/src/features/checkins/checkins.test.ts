import { addDays, localDateIn } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, createSpace, invite, signUp } from '../../../test/test-client';

const CONTENT_FIELDS = ['mood', 'energy', 'need', 'appreciation'];
// Test people live in Europe/Berlin. A check-in is open for today and yesterday, so a run that
// crosses midnight there still posts to an open day.
const DAY = localDateIn('Europe/Berlin');

describeOnEachDialect('check-ins', (harness) => {
  it('seals a shared check-in until every member has checked in, then shows both to both', async () => {
    const { a, b, stranger, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    const mine = await a.post(url, {
      date: DAY,
      mood: 4,
      energy: 3,
      need: 'A quiet evening',
      appreciation: 'Thanks for the coffee',
    });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      sealed: false,
      mood: 4,
      need: 'A quiet evening',
      visibility: 'shared',
    });
    expect(mine.body.capabilities).toEqual({ canEdit: true, canDelete: true, canReveal: true });

    const sealedForB = (await b.get(`${url}?date=${DAY}`)).body;
    expect(sealedForB.items).toHaveLength(1);
    expect(sealedForB.items[0]).toMatchObject({ authorId: a.me.id, sealed: true, date: DAY });
    for (const field of CONTENT_FIELDS) expect(sealedForB.items[0]).not.toHaveProperty(field);
    expect(JSON.stringify(sealedForB)).not.toContain('quiet evening');
    expect(sealedForB.days).toEqual([{ date: DAY, waitingFor: [b.me.id], canCheckIn: true }]);
    expect(sealedForB.items[0].capabilities).toEqual({
      canEdit: false,
      canDelete: false,
      canReveal: false,
    });

    expect((await b.post(url, { date: DAY, mood: 2, need: 'Sleep' })).status).toBe(201);
    for (const viewer of [a, b]) {
      const { items, days } = (await viewer.get(`${url}?date=${DAY}`)).body;
      expect(items.map((i: { sealed: boolean }) => i.sealed)).toEqual([false, false]);
      expect(items.map((i: { mood: number }) => i.mood).sort()).toEqual([2, 4]);
      expect(days).toEqual([{ date: DAY, waitingFor: [], canCheckIn: false }]);
    }
    expect((await stranger.get(`${url}?date=${DAY}`)).status).toBe(404);
  });

  it('never shows a private check-in to anyone else, nor counts it toward the reveal', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    await a.post(url, { date: DAY, mood: 5, need: 'shared need' });
    const secret = await b.post(url, {
      date: DAY,
      mood: 1,
      need: 'my secret need',
      visibility: 'private',
    });
    expect(secret.status).toBe(201);
    const forA = (await a.get(`${url}?date=${DAY}`)).body;
    expect(forA.items.map((i: { authorId: string }) => i.authorId)).toEqual([a.me.id]);
    expect(JSON.stringify(forA)).not.toContain(secret.body.id);
    expect(forA.days[0].waitingFor).toEqual([b.me.id]);
    // A's shared one stays sealed for B: B answered only privately.
    const forB = (await b.get(`${url}?date=${DAY}`)).body;
    expect(forB.items.find((i: { authorId: string }) => i.authorId === a.me.id).sealed).toBe(true);
    expect(forB.items.find((i: { authorId: string }) => i.authorId === b.me.id)).toMatchObject({
      sealed: false,
      need: 'my secret need',
    });
    // The partner cannot reach it by id either: it does not exist for them.
    expect((await a.patch(`${url}/${secret.body.id}`, { mood: 3 })).status).toBe(404);
    expect((await a.delete(`${url}/${secret.body.id}`)).status).toBe(404);
  });

  it('lets the author reveal early', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    const created = (await a.post(url, { date: DAY, mood: 3, need: 'a hug' })).body;
    expect((await b.post(`${url}/${created.id}/reveal`)).status).toBe(403);
    const revealed = await a.post(`${url}/${created.id}/reveal`);
    expect(revealed.body).toMatchObject({ revealedEarly: true, sealed: false });
    // Shown is final: the author cannot change it once the partner may have read it.
    expect(revealed.body.capabilities).toEqual({
      canEdit: false,
      canDelete: false,
      canReveal: false,
    });
    expect((await a.patch(`${url}/${created.id}`, { need: 'nothing' })).body.error.code).toBe(
      'checkin_final',
    );
    const forB = (await b.get(`${url}?date=${DAY}`)).body.items[0];
    expect(forB).toMatchObject({ sealed: false, need: 'a hug', revealedEarly: true });
    const privateOne = (await b.post(url, { date: DAY, mood: 3, visibility: 'private' })).body;
    expect((await b.post(`${url}/${privateOne.id}/reveal`)).body.error.code).toBe('not_shared');
  });

  it('refuses a second check-in for the same day with 409 and the existing id; edits instead', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    const first = (await a.post(url, { date: DAY, mood: 3 })).body;
    const second = await a.post(url, { date: DAY, mood: 4 });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'checkin_exists', details: { id: first.id } });
    const edited = await a.patch(`${url}/${first.id}`, {
      mood: 4,
      need: 'Time outside',
      energy: null,
    });
    expect(edited.body).toMatchObject({ mood: 4, need: 'Time outside', energy: null });
    expect((await b.patch(`${url}/${first.id}`, { mood: 1 })).status).toBe(403);
    expect((await b.delete(`${url}/${first.id}`)).status).toBe(403);
    expect((await a.delete(`${url}/${first.id}`)).status).toBe(204);
    expect((await a.get(`${url}?date=${DAY}`)).body.items).toEqual([]);
  });

  it("defaults the date to today in the author's own time zone", async () => {
    const app = harness().app;
    const a = await signUp(app, { timeZone: 'Pacific/Kiritimati' });
    const space = await createSpace(a);
    const created = (await a.post(`/api/v1/spaces/${space.id}/checkins`, { mood: 3 })).body;
    expect(created.date).toBe(localDateIn('Pacific/Kiritimati'));
    const today = (await a.get(`/api/v1/spaces/${space.id}/checkins`)).body;
    expect(today.items.map((i: { id: string }) => i.id)).toEqual([created.id]);
  });

  it('lists a range of days, newest first, with who is still waiting each day', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    const [today, yesterday, before] = [DAY, addDays(DAY, -1), addDays(DAY, -2)];
    await a.post(url, { date: yesterday, mood: 3 });
    await b.post(url, { date: yesterday, mood: 4 });
    await a.post(url, { date: today, mood: 5 });
    const { items, days } = (await b.get(`${url}?from=${before}&to=${today}`)).body;
    expect(items.map((i: { date: string; sealed: boolean }) => [i.date, i.sealed])).toEqual([
      [today, true],
      [yesterday, false],
      [yesterday, false],
    ]);
    expect(days).toEqual([
      { date: today, waitingFor: [b.me.id], canCheckIn: true },
      { date: yesterday, waitingFor: [], canCheckIn: false },
      { date: before, waitingFor: [a.me.id, b.me.id], canCheckIn: false },
    ]);
    const tooLong = await a.get(`${url}?from=2026-01-01&to=2026-06-01`);
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.details.fields[0].path).toBe('to');
  });

  it('is open for today and yesterday only', async () => {
    const { a, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    for (const date of [addDays(DAY, -2), addDays(DAY, 1), '1900-01-01', '2999-12-31']) {
      const refused = await a.post(url, { date, mood: 3 });
      expect(refused.status, date).toBe(422);
      expect(refused.body.error.details.fields[0].path).toBe('date');
    }
    for (const date of ['0000-01-01', '9999-12-31', '+10000-01-01']) {
      expect((await a.post(url, { date, mood: 3 })).status, date).toBe(422);
      expect((await a.get(`${url}?date=${date}`)).status, date).toBe(422);
    }
    expect((await a.post(url, { date: addDays(DAY, -1), mood: 3 })).status).toBe(201);
  });

  it('makes a check-in final once the others can see it: no edit, no withdrawal, no delete', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    const mine = (await a.post(url, { date: DAY, mood: 4, need: 'FINAL-A' })).body;
    const theirs = (await b.post(url, { date: DAY, mood: 2, need: 'throwaway' })).body;
    expect(theirs.capabilities).toEqual({ canEdit: false, canDelete: false, canReveal: false });
    for (const [client, id] of [
      [a, mine.id],
      [b, theirs.id],
    ] as const) {
      const edit = await client.patch(`${url}/${id}`, { need: 'changed my mind' });
      expect(edit.status).toBe(409);
      expect(edit.body.error.code).toBe('checkin_final');
      expect((await client.patch(`${url}/${id}`, { visibility: 'private' })).status).toBe(409);
      expect((await client.delete(`${url}/${id}`)).status).toBe(409);
    }
    const forA = (await a.get(`${url}?date=${DAY}`)).body.items;
    expect(forA.find((i: { id: string }) => i.id === theirs.id)).toMatchObject({
      sealed: false,
      need: 'throwaway',
    });
  });

  it('keeps a completed day revealed for those who answered when someone new joins, and sealed for the newcomer', async () => {
    const app = harness().app;
    const a = await signUp(app);
    const b = await signUp(app);
    const space = await createSpace(a, 'household');
    await b.post(`/api/v1/invites/${await invite(a, space.id)}/accept`);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    await a.post(url, { date: DAY, mood: 4, need: 'ROUND-A' });
    await b.post(url, { date: DAY, mood: 3, need: 'ROUND-B' });
    const c = await signUp(app);
    await c.post(`/api/v1/invites/${await invite(a, space.id)}/accept`);

    const forB = (await b.get(`${url}?date=${DAY}`)).body;
    expect(forB.items.find((i: { authorId: string }) => i.authorId === a.me.id)).toMatchObject({
      sealed: false,
      need: 'ROUND-A',
    });
    expect(forB.days[0].waitingFor).toEqual([c.me.id]);
    const forC = (await c.get(`${url}?date=${DAY}`)).body;
    expect(forC.items.map((i: { sealed: boolean }) => i.sealed)).toEqual([true, true]);
    expect(JSON.stringify(forC)).not.toContain('ROUND-');

    await c.post(url, { date: DAY, mood: 5 });
    const afterC = (await c.get(`${url}?date=${DAY}`)).body;
    expect(afterC.items.map((i: { sealed: boolean }) => i.sealed)).toEqual([false, false, false]);
  });

  it('does not find a check-in through another space, even one the caller belongs to', async () => {
    const { a, space, stranger, strangerSpace } = await createCouple(harness().app);
    const mine = (await a.post(`/api/v1/spaces/${space.id}/checkins`, { date: DAY, mood: 3 })).body;
    const elsewhere = `/api/v1/spaces/${strangerSpace.id}/checkins/${mine.id}`;
    expect((await stranger.patch(elsewhere, { mood: 1 })).status).toBe(404);
    expect((await stranger.delete(elsewhere)).status).toBe(404);
    expect((await stranger.post(`${elsewhere}/reveal`)).status).toBe(404);
    const ownOther = await createSpace(a);
    expect(
      (await a.patch(`/api/v1/spaces/${ownOther.id}/checkins/${mine.id}`, { mood: 1 })).status,
    ).toBe(404);
  });

  it('unseals once a member who had not checked in leaves', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/checkins`;
    await a.post(url, { date: DAY, mood: 4 });
    await b.delete(`/api/v1/spaces/${space.id}/members/me`);
    expect((await a.get(`${url}?date=${DAY}`)).body.days[0].waitingFor).toEqual([]);
  });

  it('names invalid fields', async () => {
    const { a, space } = await createCouple(harness().app);
    const response = await a.post(`/api/v1/spaces/${space.id}/checkins`, {
      date: '2026-02-30',
      mood: 6,
      energy: 0,
      need: 'x'.repeat(281),
      visibility: 'everyone',
      extra: true,
    });
    expect(response.status).toBe(422);
    const paths = response.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['date', 'mood', 'energy', 'need', 'visibility']));
    expect(response.body.error.message).toContain('mood');
  });
});
