import { localDateIn } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, createSpace, signUp } from '../../../test/test-client';

const CONTENT_FIELDS = ['mood', 'energy', 'need', 'appreciation'];
const DAY = '2026-03-14';

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
    expect(sealedForB.days).toEqual([{ date: DAY, waitingFor: [b.me.id] }]);
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
      expect(days).toEqual([{ date: DAY, waitingFor: [] }]);
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
    expect(revealed.body.capabilities.canReveal).toBe(false);
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
    await a.post(url, { date: '2026-03-01', mood: 3 });
    await b.post(url, { date: '2026-03-01', mood: 4 });
    await a.post(url, { date: '2026-03-03', mood: 5 });
    const { items, days } = (await b.get(`${url}?from=2026-03-01&to=2026-03-03`)).body;
    expect(items.map((i: { date: string; sealed: boolean }) => [i.date, i.sealed])).toEqual([
      ['2026-03-03', true],
      ['2026-03-01', false],
      ['2026-03-01', false],
    ]);
    expect(days).toEqual([
      { date: '2026-03-03', waitingFor: [b.me.id] },
      { date: '2026-03-02', waitingFor: [a.me.id, b.me.id] },
      { date: '2026-03-01', waitingFor: [] },
    ]);
    const tooLong = await a.get(`${url}?from=2026-01-01&to=2026-06-01`);
    expect(tooLong.status).toBe(422);
    expect(tooLong.body.error.details.fields[0].path).toBe('to');
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
