import fc from 'fast-check';
import { addDays, localDateIn, type PeopleView, type Person } from '@tandem/shared';
import { expect, it, vi } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, createSpace, invite, signUp } from '../../../test/test-client';

describeOnEachDialect('people: who matters to each of us and to us both', (harness) => {
  async function couple() {
    const pair = await createCouple(harness().app);
    return { ...pair, url: `/api/v1/spaces/${pair.space.id}/people` };
  }
  const today = () => localDateIn('Europe/Berlin');

  it('keeps a private person to their owner: not listed, not found, not in events', async () => {
    const { a, b, url } = await couple();
    const publish = vi.spyOn(harness().services.bus, 'publish');
    const secret = await a.post<Person>(url, {
      name: 'SECRET-Robin',
      relation: 'old friend',
      private: true,
      everyDays: 30,
    });
    expect(secret.status).toBe(201);
    expect(secret.body).toMatchObject({ ownerId: a.me.id, private: true, everyDays: 30 });
    const logged = await a.post<Person>(`${url}/${secret.body.id}/contacts`, { kind: 'call' });
    expect(logged.status).toBe(201);
    expect(logged.body.lastContact).toMatchObject({ kind: 'call', presentIds: [a.me.id] });

    expect(JSON.stringify((await b.get(url)).body)).not.toContain('SECRET');
    expect((await b.get(`${url}/${secret.body.id}`)).status).toBe(404);
    expect((await b.get(`${url}/${secret.body.id}/contacts`)).status).toBe(404);
    expect((await b.post(`${url}/${secret.body.id}/contacts`, { kind: 'call' })).status).toBe(404);
    expect((await b.patch(`${url}/${secret.body.id}`, { name: 'x' })).status).toBe(404);
    expect((await b.delete(`${url}/${secret.body.id}`)).status).toBe(404);
    const told = publish.mock.calls
      .map(([message]) => message)
      .filter((m) => m.kind === 'event' && m.event.id === secret.body.id);
    expect(told.length).toBeGreaterThan(0);
    for (const message of told) expect(message.kind === 'event' && message.onlyTo).toBe(a.me.id);
    publish.mockRestore();

    // Only my own people can be private, and only I can be logged with them.
    const ours = await a.post(url, { name: 'Jo', ownerId: null, private: true });
    expect(ours.status).toBe(422);
    expect(ours.body.error.details.fields[0].path).toBe('ownerId');
    expect((await a.post(url, { name: 'Jo', ownerId: b.me.id, private: true })).status).toBe(422);
    const withB = await a.post(`${url}/${secret.body.id}/contacts`, {
      kind: 'meetup',
      presentIds: [a.me.id, b.me.id],
    });
    expect(withB.status).toBe(422);
  });

  it('shows everyone’s people to all; mine are mine to change, ours anyone’s', async () => {
    const { a, b, stranger, url } = await couple();
    const jo = (
      await a.post<Person>(url, { name: 'Jo', relation: 'friend', ownerId: null, everyDays: 14 })
    ).body;
    const mum = (await a.post<Person>(url, { name: 'Mum', relation: 'mother' })).body;
    const forB = (await b.get<PeopleView>(url)).body;
    expect(forB.today).toBe(today());
    expect(forB.items.map((p) => p.name)).toEqual(['Jo', 'Mum']);
    expect(forB.items.find((p) => p.id === jo.id)).toMatchObject({
      ownerId: null,
      addedBy: a.me.id,
      addedOn: today(),
      lastContact: null,
      rhythm: { since: today(), daysSince: 0, dueOn: addDays(today(), 14), overdue: false },
      capabilities: { canEdit: true, canLog: true },
    });
    expect(forB.items.find((p) => p.id === mum.id)?.capabilities.canEdit).toBe(false);

    const renamed = await b.patch<Person>(`${url}/${jo.id}`, { name: 'Jo Park', everyDays: 21 });
    expect(renamed.body).toMatchObject({ name: 'Jo Park', everyDays: 21 });
    expect((await b.patch(`${url}/${mum.id}`, { name: 'x' })).status).toBe(403);
    expect((await b.delete(`${url}/${mum.id}`)).status).toBe(403);
    // Someone added as a partner's: theirs to change, and mine since I added them.
    const sister = (await a.post<Person>(url, { name: 'Kim', ownerId: b.me.id })).body;
    expect(sister.ownerId).toBe(b.me.id);
    expect((await b.patch(`${url}/${sister.id}`, { relation: 'sister' })).status).toBe(200);
    expect((await a.post(url, { name: 'X', ownerId: stranger.me.id })).status).toBe(422);
    expect((await stranger.get(url)).status).toBe(404);
    expect((await stranger.get(`${url}/${jo.id}`)).status).toBe(404);

    // Made private by its owner, a person leaves the partner's list; an ours one cannot be, nor
    // can whoever added someone else's take them private.
    const taken = await a.patch(`${url}/${sister.id}`, { ownerId: a.me.id, private: true });
    expect(taken.status).toBe(422);
    await b.patch(`${url}/${sister.id}`, { private: true });
    expect((await a.get(`${url}/${sister.id}`)).status).toBe(404);
    expect((await a.patch(`${url}/${jo.id}`, { private: true })).status).toBe(422);
    expect((await a.patch(`${url}/${jo.id}`, { ownerId: a.me.id, private: true })).status).toBe(
      422,
    );
    // Nor someone the others have logged time with: that would hide their log from them.
    await a.patch(`${url}/${jo.id}`, { ownerId: a.me.id });
    await b.post(`${url}/${jo.id}/contacts`, { kind: 'call' });
    expect((await a.patch(`${url}/${jo.id}`, { private: true })).status).toBe(422);
    expect((await a.delete(`${url}/${mum.id}`)).status).toBe(204);
    expect((await b.get(`${url}/${mum.id}`)).status).toBe(404);
  });

  it('logs contacts newest first, with who was there, and keeps the last contact', async () => {
    const { a, b, stranger, url } = await couple();
    const jo = (await a.post<Person>(url, { name: 'Jo', ownerId: null, everyDays: 7 })).body;
    const one = `${url}/${jo.id}`;
    const earlier = addDays(today(), -3);
    await a.post(`${one}/contacts`, { kind: 'meetup', date: earlier, note: 'Picnic' });
    const logged = await b.post<Person>(`${one}/contacts`, {
      kind: 'call',
      date: addDays(today(), -1),
      presentIds: [b.me.id, a.me.id, b.me.id],
    });
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({
      lastContact: { kind: 'call', loggedBy: b.me.id },
      lastMetOn: earlier,
      rhythm: { since: addDays(today(), -1), daysSince: 1, overdue: false },
    });
    expect([...logged.body.lastContact!.presentIds].sort()).toEqual([a.me.id, b.me.id].sort());
    // A back-dated contact does not move the last one.
    await a.post(`${one}/contacts`, { kind: 'message', date: addDays(today(), -10) });
    const history = (await b.get(`${one}/contacts`)).body.items;
    expect(history.map((c: { kind: string }) => c.kind)).toEqual(['call', 'meetup', 'message']);
    expect((await a.get<Person>(one)).body.rhythm.since).toBe(addDays(today(), -1));

    expect((await a.post(`${one}/contacts`, { kind: 'call', date: '2999-01-01' })).status).toBe(
      422,
    );
    const strangerThere = await a.post(`${one}/contacts`, {
      kind: 'meetup',
      presentIds: [stranger.me.id],
    });
    expect(strangerThere.status).toBe(422);
    expect(strangerThere.body.error.details.fields[0].path).toBe('presentIds');

    // Taken back by the one who logged it; the last contact follows.
    const call = history[0];
    expect(call.capabilities.canDelete).toBe(true);
    expect((await a.delete(`${one}/contacts/${call.id}`)).status).toBe(204);
    expect((await a.get<Person>(one)).body.rhythm.since).toBe(earlier);

    const mum = (await a.post<Person>(url, { name: 'Mum' })).body;
    await a.post(`${url}/${mum.id}/contacts`, { kind: 'call' });
    const [mine] = (await b.get(`${url}/${mum.id}/contacts`)).body.items;
    expect(mine.capabilities.canDelete).toBe(false);
    expect((await b.delete(`${url}/${mum.id}/contacts/${mine.id}`)).status).toBe(403);
  });

  it('puts someone in the archive: no logging, no reminders, and back again', async () => {
    const { a, url } = await couple();
    const jo = (await a.post<Person>(url, { name: 'Jo', everyDays: 1 })).body;
    const archived = await a.patch<Person>(`${url}/${jo.id}`, { archived: true });
    expect(archived.body.archived).toBe(true);
    const refused = await a.post(`${url}/${jo.id}/contacts`, { kind: 'call' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('person_archived');
    const later = new Date(Date.now() + 5 * 86_400_000);
    await harness().services.people.remindDue(later);
    const inbox = (await a.get(url.replace(/people$/, 'notifications'))).body.items;
    expect(inbox).toEqual([]);
    expect((await a.patch<Person>(`${url}/${jo.id}`, { archived: false })).body.archived).toBe(
      false,
    );
    expect((await a.post(`${url}/${jo.id}/contacts`, { kind: 'call' })).status).toBe(201);
  });

  it('answers any body without a 500, and a refused write changes nothing', async () => {
    const { a, b, url } = await couple();
    const jo = (await a.post<Person>(url, { name: 'Jo', ownerId: null, everyDays: 14 })).body;
    const one = `${url}/${jo.id}`;
    const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', 'a\u0000b', 'x'.repeat(2000)));
    const id = fc.oneof(fc.constantFrom(a.me.id, b.me.id), fc.uuid(), fc.string());
    const anything = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            name: text,
            relation: anything,
            ownerId: fc.oneof(id, fc.constant(null)),
            everyDays: fc.oneof(fc.integer({ min: -5, max: 800 }), fc.double(), fc.constant(null)),
            note: anything,
            private: anything,
            archived: anything,
          },
          { requiredKeys: [] },
        ),
        fc.record(
          {
            kind: fc.oneof(fc.constantFrom('meetup', 'call', 'message', 'visit'), text),
            date: fc.oneof(
              fc.constantFrom(today(), '2031-01-01', '2026-02-30', '1800-01-01'),
              text,
            ),
            presentIds: fc.oneof(fc.array(id, { maxLength: 10 }), anything),
            note: anything,
          },
          { requiredKeys: [] },
        ),
        async (person, contact) => {
          const before = (await a.get<Person>(one)).body;
          const changed = await a.patch(one, person);
          expect(changed.status).toBeLessThan(500);
          if (changed.status >= 400) expect((await a.get<Person>(one)).body).toEqual(before);
          const created = await b.post(url, person);
          expect(created.status).toBeLessThan(500);
          const history = (await a.get(`${one}/contacts`)).body.items;
          const logged = await a.post(`${one}/contacts`, contact);
          expect(logged.status).toBeLessThan(500);
          if (logged.status >= 400) {
            expect((await a.get(`${one}/contacts`)).body.items).toEqual(history);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describeOnEachDialect('people: reminders and the insight', (harness) => {
  const day = 86_400_000;
  const inboxOf = async (
    client: { get: (url: string) => Promise<{ body: any }> },
    spaceId: string,
  ) =>
    (
      (await client.get(`/api/v1/spaces/${spaceId}/notifications`)).body.items as {
        type: string;
        refId: string;
      }[]
    ).filter((n) => n.type === 'people');

  it('reminds once per overdue stretch — owners of theirs, everyone of ours — and a contact starts afresh', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/people`;
    const { people } = harness().services;
    const jo = (await a.post<Person>(url, { name: 'Jo', ownerId: null, everyDays: 14 })).body;
    const mum = (await b.post<Person>(url, { name: 'Mum', everyDays: 14 })).body;
    const secret = (await b.post<Person>(url, { name: 'Robin', everyDays: 14, private: true }))
      .body;
    // Days pass (moved in the database): all three were added that long ago.
    const addedDaysAgo = (days: number) => {
      const addedOn = addDays(localDateIn('Europe/Berlin'), -days);
      return harness()
        .database.handle.db.updateTable('people')
        .set({ added_on: addedOn, remind_on: addDays(addedOn, 15) })
        .where('space_id', '=', space.id)
        .execute();
    };

    await addedDaysAgo(14);
    await people.remindDue();
    expect(await inboxOf(a, space.id)).toEqual([]);
    await addedDaysAgo(16);
    const publish = vi.spyOn(harness().services.bus, 'publish');
    // Other tests' people share the database, so this counts on the inboxes, not the total.
    expect(await people.remindDue()).toBeGreaterThanOrEqual(3);
    // Open pages hear of it; a private person's owner alone.
    const told = publish.mock.calls
      .map(([message]) => message)
      .filter((m) => m.kind === 'event' && m.event.entity === 'person');
    expect(told.map((m) => m.kind === 'event' && m.event.id).sort()).toEqual(
      [jo.id, mum.id, secret.id].sort(),
    );
    for (const message of told) {
      const onlyTo = message.kind === 'event' ? message.onlyTo : null;
      expect(onlyTo).toBe(
        message.kind === 'event' && message.event.id === secret.id ? b.me.id : undefined,
      );
    }
    publish.mockRestore();
    expect(await people.remindDue()).toBe(0);
    expect((await inboxOf(a, space.id)).map((n) => n.refId)).toEqual([jo.id]);
    expect((await inboxOf(b, space.id)).map((n) => n.refId).sort()).toEqual(
      [jo.id, mum.id, secret.id].sort(),
    );

    // Changing the wish mid-stretch does not remind again; a contact begins a new stretch.
    await a.patch(`${url}/${jo.id}`, { everyDays: 10 });
    expect(await people.remindDue(new Date(Date.now() + day))).toBe(0);
    await b.post(`${url}/${jo.id}/contacts`, { kind: 'meetup', presentIds: [a.me.id, b.me.id] });
    expect(await people.remindDue(new Date(Date.now() + 10 * day))).toBe(0);
    await people.remindDue(new Date(Date.now() + 12 * day));
    expect((await inboxOf(a, space.id)).map((n) => n.refId)).toEqual([jo.id, jo.id]);
  });

  it('says gently when we have not seen friends together for weeks, and stops once we have', async () => {
    const app = harness().app;
    const [a, b, c] = [await signUp(app), await signUp(app), await signUp(app)];
    const space = await createSpace(a, 'household');
    for (const client of [b, c]) {
      await client.post(`/api/v1/invites/${await invite(a, space.id)}/accept`);
    }
    const url = `/api/v1/spaces/${space.id}/people`;
    const jo = (await a.post<Person>(url, { name: 'Jo', ownerId: null, everyDays: 14 })).body;
    const kim = (await a.post<Person>(url, { name: 'Kim', ownerId: null })).body;
    const mine = (await c.post<Person>(url, { name: 'Sasha', private: true })).body;
    expect((await a.get<PeopleView>(url)).body.insight).toBeNull();

    // Six weeks pass (moved in the database).
    const sixWeeksAgo = addDays(localDateIn('Europe/Berlin'), -42);
    await harness()
      .database.handle.db.updateTable('people')
      .set({ added_on: sixWeeksAgo })
      .where('space_id', '=', space.id)
      .execute();
    const view = (await b.get<PeopleView>(url)).body;
    expect(view.insight).toEqual({
      weeks: 6,
      lastTogetherOn: null,
      suggestionIds: [jo.id, kim.id],
    });
    expect(view.items.find((p) => p.id === jo.id)?.rhythm.overdue).toBe(true);

    // Alone with a friend, or with someone private, is not together.
    await a.post(`${url}/${kim.id}/contacts`, { kind: 'meetup' });
    await c.post(`${url}/${mine.id}/contacts`, { kind: 'meetup' });
    await a.post(`${url}/${jo.id}/contacts`, { kind: 'call', presentIds: [a.me.id, b.me.id] });
    expect((await c.get<PeopleView>(url)).body.insight?.weeks).toBe(6);
    const met = addDays(localDateIn('Europe/Berlin'), -2);
    await a.post(`${url}/${kim.id}/contacts`, {
      kind: 'meetup',
      date: met,
      presentIds: [a.me.id, c.me.id],
    });
    expect((await b.get<PeopleView>(url)).body.insight).toBeNull();
  });

  it('counts a social plan on the calendar with two of us as seeing friends together', async () => {
    const { a, b, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/people`;
    await a.post(url, { name: 'Jo', ownerId: null });
    await harness()
      .database.handle.db.updateTable('people')
      .set({ added_on: addDays(localDateIn('Europe/Berlin'), -35) })
      .where('space_id', '=', space.id)
      .execute();
    expect((await a.get<PeopleView>(url)).body.insight?.weeks).toBe(5);
    const tenDaysAgo = addDays(localDateIn('Europe/Berlin'), -10);
    const party = await a.post(`/api/v1/spaces/${space.id}/calendar/events`, {
      title: 'Barbecue at Jo’s',
      kind: 'social',
      participantIds: [a.me.id, b.me.id],
      allDay: false,
      start: `${tenDaysAgo}T18:00`,
      end: `${tenDaysAgo}T22:00`,
    });
    expect(party.status).toBe(201);
    expect((await b.get<PeopleView>(url)).body.insight).toBeNull();
  });
});
