import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

const laundry = {
  name: 'Laundry',
  area: 'laundry',
  doneWell: 'Folded and put away the same day',
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TH',
  minutes: { notice: 5, plan: 5, do: 60 },
};

describeOnEachDialect('chores: responsibilities, ratings, availability', (harness) => {
  it('starts from the starter list, once per responsibility, and both partners see the same list', async () => {
    const { a, b, stranger, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/chores`;
    const starter = (await a.get(`${url}/starter`)).body.items;
    expect(starter).toHaveLength(40);
    expect(starter.every((s: { added: boolean }) => !s.added)).toBe(true);

    const added = await a.post(`${url}/starter`, { keys: ['laundry', 'bills'] });
    expect(added.status).toBe(200);
    expect(added.body.items.map((r: { starterKey: string }) => r.starterKey).sort()).toEqual([
      'bills',
      'laundry',
    ]);
    await b.post(`${url}/starter`, { keys: ['laundry', 'bins'] });
    const forA = (await a.get(url)).body.items;
    const forB = (await b.get(url)).body.items;
    expect(forA.map((r: { id: string }) => r.id)).toEqual(forB.map((r: { id: string }) => r.id));
    expect(forA).toHaveLength(3);
    const marked = (await b.get(`${url}/starter`)).body.items.filter(
      (s: { added: boolean }) => s.added,
    );
    expect(marked.map((s: { key: string }) => s.key).sort()).toEqual(['bills', 'bins', 'laundry']);

    const unknown = await a.post(`${url}/starter`, { keys: ['laundry', 'juggling'] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details.fields[0]).toMatchObject({ path: 'keys' });
    expect((await stranger.get(url)).status).toBe(404);
  });

  it('keeps each rating private to the member who gave it', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/chores`;
    const [chore] = (await a.post(`${url}/starter`, { keys: ['laundry'] })).body.items;
    expect(
      (await a.request('PUT', `${url}/${chore.id}/rating`, { rating: 'dislike' })).body.myRating,
    ).toBe('dislike');
    expect(
      (await b.request('PUT', `${url}/${chore.id}/rating`, { rating: 'love' })).body.myRating,
    ).toBe('love');
    const forA = (await a.get(url)).body;
    const forB = (await b.get(url)).body;
    expect(forA.items[0].myRating).toBe('dislike');
    expect(forB.items[0].myRating).toBe('love');
    expect(JSON.stringify(forA)).not.toContain('love');
    expect(JSON.stringify(forB)).not.toContain('dislike');
    // Changing one's mind replaces the rating.
    await a.request('PUT', `${url}/${chore.id}/rating`, { rating: 'cant' });
    expect((await a.get(url)).body.items[0].myRating).toBe('cant');
    const bad = await a.request('PUT', `${url}/${chore.id}/rating`, { rating: 'meh' });
    expect(bad.status).toBe(422);
  });

  it('adds, changes and removes a responsibility of our own, with its mental-load stages', async () => {
    const { a, b, space, stranger, strangerSpace } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/chores`;
    const created = await a.post(url, laundry);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Laundry',
      scheduleFrom: 'due',
      minutes: { notice: 5, plan: 5, do: 60 },
      myRating: null,
      ownerId: null,
      capabilities: { canEdit: true, canDelete: true },
    });
    const changed = await b.patch(`${url}/${created.body.id}`, {
      minutes: { notice: 10, plan: 5, do: 45 },
      rrule: null,
      scheduleFrom: 'completion',
    });
    expect(changed.body).toMatchObject({
      rrule: null,
      scheduleFrom: 'completion',
      minutes: { notice: 10, plan: 5, do: 45 },
    });
    const elsewhere = `/api/v1/spaces/${strangerSpace.id}/chores/${created.body.id}`;
    expect((await stranger.patch(elsewhere, { name: 'Mine now' })).status).toBe(404);
    expect((await stranger.delete(elsewhere)).status).toBe(404);
    expect((await b.delete(`${url}/${created.body.id}`)).status).toBe(204);
    expect((await a.get(url)).body.items).toEqual([]);
  });

  it('names what is wrong with a responsibility', async () => {
    const { a, space } = await createCouple(harness().app);
    const response = await a.post(`/api/v1/spaces/${space.id}/chores`, {
      ...laundry,
      name: '',
      area: 'garage',
      rrule: 'EVERY TUESDAY',
      minutes: { notice: 0, plan: 0, do: 0 },
    });
    expect(response.status).toBe(422);
    const paths = response.body.error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'area', 'rrule', 'minutes']));
  });

  it('records what each member can give the home, for everyone to see', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/chores/availability`;
    expect((await a.get(url)).body.items).toEqual([
      { userId: a.me.id, hoursPerWeek: null },
      { userId: b.me.id, hoursPerWeek: null },
    ]);
    await a.request('PUT', url, { hoursPerWeek: 10 });
    await b.request('PUT', url, { hoursPerWeek: 15.5 });
    expect((await a.get(url)).body.items).toEqual([
      { userId: a.me.id, hoursPerWeek: 10 },
      { userId: b.me.id, hoursPerWeek: 15.5 },
    ]);
    for (const hoursPerWeek of [0, 0.25, 200, -1]) {
      expect((await a.request('PUT', url, { hoursPerWeek })).status, String(hoursPerWeek)).toBe(
        422,
      );
    }
  });
});

describeOnEachDialect('chores: proposals and shares', (harness) => {
  async function household() {
    const couple = await createCouple(harness().app);
    const url = `/api/v1/spaces/${couple.space.id}/chores`;
    const keys = ['laundry', 'bills', 'bins', 'groceries', 'cook-dinner', 'vacuum'];
    const items = (await couple.a.post(`${url}/starter`, { keys })).body.items;
    const byKey = Object.fromEntries(
      items.map((r: { starterKey: string; id: string }) => [r.starterKey, r.id]),
    );
    return { ...couple, url, byKey };
  }

  it('needs everyone to say what they can give first', async () => {
    const { a, b, url } = await household();
    await a.request('PUT', `${url}/availability`, { hoursPerWeek: 10 });
    const refused = await a.get(`${url}/proposal`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'availability_missing',
      details: { missing: [b.me.id] },
    });
  });

  it('proposes a fair share that both see alike, keeps pins, honours "cannot", and accepts it', async () => {
    const { a, b, url, byKey } = await household();
    await a.request('PUT', `${url}/availability`, { hoursPerWeek: 10 });
    await b.request('PUT', `${url}/availability`, { hoursPerWeek: 15 });
    await a.request('PUT', `${url}/${byKey.laundry}/rating`, { rating: 'love' });
    await b.request('PUT', `${url}/${byKey.laundry}/rating`, { rating: 'dislike' });
    await a.request('PUT', `${url}/${byKey.bins}/rating`, { rating: 'cant' });
    await a.patch(`${url}/${byKey.groceries}`, { pinnedTo: a.me.id });

    const forA = (await a.get(`${url}/proposal`)).body;
    const forB = (await b.get(`${url}/proposal`)).body;
    expect(forA).toEqual(forB);
    expect(forA.fair).toBe(true);
    const owner = (id: string) =>
      forA.assignment.find((x: { choreId: string }) => x.choreId === id);
    expect(owner(byKey.groceries)).toEqual({
      choreId: byKey.groceries,
      userId: a.me.id,
      pinned: true,
    });
    expect(owner(byKey.bins).userId).toBe(b.me.id);
    expect(forA.assignment).toHaveLength(6);
    const [alex, sam] = forA.members;
    expect(alex.fairShareMinutesPerWeek + sam.fairShareMinutesPerWeek).toBeCloseTo(
      alex.minutesPerWeek + sam.minutesPerWeek,
      -1,
    );
    // Nothing in it tells one partner how the other rated anything.
    expect(JSON.stringify(forB)).not.toMatch(/love|dislike|cant/);

    const accepted = (await b.post(`${url}/proposal/accept`)).body;
    expect(accepted.assignment).toEqual(forA.assignment);
    const list = (await a.get(url)).body.items;
    for (const r of list) expect(r.ownerId).toBe(owner(r.id).userId);
    expect((await a.get(`${url}/shares`)).body).toEqual(accepted);
  });

  it('recomputes fairness after a hand tweak, so one that breaks it shows', async () => {
    const { a, b, url, byKey } = await household();
    await a.request('PUT', `${url}/availability`, { hoursPerWeek: 10 });
    await b.request('PUT', `${url}/availability`, { hoursPerWeek: 10 });
    await a.post(`${url}/proposal/accept`);
    for (const id of Object.values(byKey))
      await b.patch(`${url}/${id as string}`, { ownerId: a.me.id });
    const shares = (await b.get(`${url}/shares`)).body;
    expect(shares.fair).toBe(false);
    expect(shares.members[1].minutesPerWeek).toBe(0);
    const stranger = await b.patch(`${url}/${byKey.bins}`, {
      ownerId: '0190a0b4-0000-7000-8000-000000000001',
    });
    expect(stranger.status).toBe(422);
    expect(stranger.body.error.details.fields[0].path).toBe('ownerId');
  });
});
