import type { CalendarEventView, DateIdeaView, PlannedDate } from '@tandem/shared';
import fc from 'fast-check';
import { expect, it, vi } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import {
  createCouple,
  createSpace,
  invite,
  signUp,
  type TestClient,
} from '../../../test/test-client';

describeOnEachDialect('dates: planning one together', (harness) => {
  async function couple() {
    const pair = await createCouple(harness().app);
    const url = `/api/v1/spaces/${pair.space.id}/dates`;
    return { ...pair, url, plans: `${url}/plans` };
  }
  const friday = {
    title: 'Dinner at Lupa',
    place: 'Lupa, Market Street',
    note: 'Table booked',
    start: '2031-05-02T19:00',
    end: '2031-05-02T22:00',
    timeZone: 'Europe/Berlin',
  };
  const answer = (client: TestClient, url: string, value: 'accepted' | 'declined') =>
    client.request<PlannedDate>('PUT', `${url}/answer`, { answer: value });
  const calendarOf = async (client: TestClient, spaceId: string) =>
    (await client.get<{ items: CalendarEventView[] }>(`/api/v1/spaces/${spaceId}/calendar/events`))
      .body.items;

  it('invites, is accepted, and then stands on the calendar as time together for both', async () => {
    const { a, b, stranger, space, plans } = await couple();
    const planned = await a.post<PlannedDate>(plans, { ...friday, inviteeIds: [b.me.id] });
    expect(planned.status).toBe(201);
    expect(planned.body).toMatchObject({
      status: 'invited',
      plannedBy: a.me.id,
      startAt: '2031-05-02T17:00:00.000Z',
      eventId: null,
      capabilities: { canAnswer: true, canCancel: true, canAddMemory: false },
    });
    expect(planned.body.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: a.me.id, answer: 'accepted' }),
        expect.objectContaining({ userId: b.me.id, answer: 'invited' }),
      ]),
    );
    const url = `${plans}/${planned.body.id}`;
    expect(await calendarOf(a, space.id)).toEqual([]);
    expect((await b.get<{ items: PlannedDate[] }>(plans)).body.items.map((d) => d.id)).toEqual([
      planned.body.id,
    ]);
    const inbox = (await b.get(`/api/v1/spaces/${space.id}/notifications`)).body.items;
    expect(inbox).toEqual([expect.objectContaining({ type: 'date', refId: planned.body.id })]);
    expect((await stranger.get(url)).status).toBe(404);
    expect((await answer(stranger, url, 'accepted')).status).toBe(404);

    const accepted = await answer(b, url, 'accepted');
    expect(accepted.body.status).toBe('accepted');
    expect(accepted.body.eventId).not.toBeNull();
    for (const client of [a, b]) {
      const events = await calendarOf(client, space.id);
      expect(events).toEqual([
        expect.objectContaining({
          id: accepted.body.eventId,
          title: 'Dinner at Lupa',
          kind: 'together',
          start: '2031-05-02T19:00',
          timeZone: 'Europe/Berlin',
        }),
      ]);
      expect([...events[0]!.participantIds].sort()).toEqual([a.me.id, b.me.id].sort());
      const week = await client.get(`/api/v1/spaces/${space.id}/calendar/week?date=2031-05-02`);
      const counted = week.body.members.map((m: { actual: { together: number } }) => m.actual);
      expect(counted.map((m: { together: number }) => m.together)).toEqual([180, 180]);
    }
    const told = (await a.get(`/api/v1/spaces/${space.id}/notifications`)).body.items;
    expect(told).toEqual([expect.objectContaining({ type: 'date', refId: planned.body.id })]);
  });

  it('offers another time: the others are asked again, and it leaves the calendar until they say yes', async () => {
    const { a, b, space, plans } = await couple();
    const { id } = (await a.post<PlannedDate>(plans, { ...friday, inviteeIds: [b.me.id] })).body;
    const url = `${plans}/${id}`;
    await answer(b, url, 'accepted');
    const moved = await b.post<PlannedDate>(`${url}/reschedule`, {
      start: '2031-05-03T12:30',
      end: '2031-05-03T14:00',
      note: 'Lunch instead?',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      status: 'invited',
      start: '2031-05-03T12:30',
      timeZone: 'Europe/Berlin',
      note: 'Table booked',
      suggestion: { by: b.me.id, note: 'Lunch instead?' },
      eventId: null,
    });
    const answers = Object.fromEntries(moved.body.participants.map((p) => [p.userId, p.answer]));
    expect(answers).toEqual({ [a.me.id]: 'invited', [b.me.id]: 'accepted' });
    expect(await calendarOf(a, space.id)).toEqual([]);

    const backwards = await b.post(`${url}/reschedule`, {
      start: '2021-05-03T12:30',
      end: '2021-05-03T14:00',
    });
    expect([backwards.status, backwards.body.error?.code]).toEqual([422, 'validation_failed']);
    const again = await answer(a, url, 'accepted');
    expect(again.body.status).toBe('accepted');
    expect(await calendarOf(b, space.id)).toEqual([
      expect.objectContaining({ start: '2031-05-03T12:30', end: '2031-05-03T14:00' }),
    ]);
    // Its words follow onto the calendar.
    await a.patch(url, { title: 'Lunch at Lupa' });
    expect((await calendarOf(b, space.id))[0]?.title).toBe('Lunch at Lupa');
  });

  it('falls through on a no, and is called off by its planner only', async () => {
    const { a, b, space, plans } = await couple();
    const first = (await a.post<PlannedDate>(plans, { ...friday, inviteeIds: [b.me.id] })).body;
    const declined = await answer(b, `${plans}/${first.id}`, 'declined');
    expect(declined.body.status).toBe('declined');
    expect(declined.body.capabilities.canReschedule).toBe(true);

    const second = (await a.post<PlannedDate>(plans, { ...friday, inviteeIds: [b.me.id] })).body;
    const url = `${plans}/${second.id}`;
    await answer(b, url, 'accepted');
    expect(await calendarOf(a, space.id)).toHaveLength(1);
    expect((await b.post(`${url}/cancel`)).body.error.code).toBe('forbidden');
    const cancelled = await a.post<PlannedDate>(`${url}/cancel`);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', eventId: null });
    expect(cancelled.body.capabilities).toEqual({
      canEdit: false,
      canAnswer: false,
      canReschedule: false,
      canCancel: false,
      canAddMemory: false,
    });
    expect(await calendarOf(a, space.id)).toEqual([]);
    for (const attempt of [
      answer(b, url, 'accepted'),
      b.post(`${url}/reschedule`, { start: '2031-06-01T10:00', end: '2031-06-01T11:00' }),
      a.patch(url, { title: 'Again?' }),
      a.post(`${url}/cancel`),
    ]) {
      const response = await attempt;
      expect([response.status, response.body.error.code]).toEqual([409, 'date_cancelled']);
    }
  });

  it('in a household, is seen and heard of by the people in it only', async () => {
    const a = await signUp(harness().app);
    const b = await signUp(harness().app);
    const c = await signUp(harness().app);
    const space = await createSpace(a, 'household');
    for (const client of [b, c]) {
      await client.post(`/api/v1/invites/${await invite(a, space.id)}/accept`);
    }
    const plans = `/api/v1/spaces/${space.id}/dates/plans`;
    const publish = vi.spyOn(harness().services.bus, 'publish');
    const date = (await a.post<PlannedDate>(plans, { ...friday, inviteeIds: [b.me.id] })).body;
    expect((await c.get(`${plans}/${date.id}`)).status).toBe(404);
    expect((await c.get(plans)).body.items).toEqual([]);
    const dateEvents = publish.mock.calls
      .map(([message]) => message)
      .filter((m) => m.kind === 'event' && m.event.entity === 'date');
    expect(dateEvents.map((m) => m.kind === 'event' && m.onlyTo).sort()).toEqual(
      [a.me.id, b.me.id].sort(),
    );
    publish.mockRestore();

    // Three invited, one says no: it goes ahead for the two who said yes.
    const three = (await a.post<PlannedDate>(plans, { ...friday, inviteeIds: [b.me.id, c.me.id] }))
      .body;
    await answer(c, `${plans}/${three.id}`, 'declined');
    const ahead = await answer(b, `${plans}/${three.id}`, 'accepted');
    expect(ahead.body.status).toBe('accepted');
    // On the calendar, the rest of the household sees when and who — not what, nor where.
    const seenByC = (await calendarOf(c, space.id)).find((e) => e.id === ahead.body.eventId);
    expect([...seenByC!.participantIds].sort()).toEqual([a.me.id, b.me.id].sort());
    expect(seenByC).toMatchObject({ title: null, description: null, dateId: three.id });
    const seenByB = (await calendarOf(b, space.id)).find((e) => e.id === ahead.body.eventId);
    expect(seenByB).toMatchObject({
      title: 'Dinner at Lupa',
      description: 'Lupa, Market Street\nTable booked',
    });
    const week = await c.get(`/api/v1/spaces/${space.id}/calendar/week?date=2031-05-02`);
    expect(JSON.stringify(week.body)).not.toContain('Lupa');

    // Its event follows the date: not changed or removed as an ordinary event, by anyone.
    const event = `/api/v1/spaces/${space.id}/calendar/events/${ahead.body.eventId}`;
    expect(seenByB!.capabilities.canEdit).toBe(false);
    for (const client of [a, b, c]) {
      expect((await client.patch(event, { title: 'Moved' })).status).toBe(403);
      expect((await client.delete(event)).status).toBe(403);
    }

    // Someone leaving lets go of the date: it stands as the others' answers say.
    const four = (await a.post<PlannedDate>(plans, { ...friday, inviteeIds: [b.me.id, c.me.id] }))
      .body;
    await answer(b, `${plans}/${four.id}`, 'accepted');
    expect((await a.get<PlannedDate>(`${plans}/${four.id}`)).body.status).toBe('invited');
    await c.delete(`/api/v1/spaces/${space.id}/members/me`);
    const after = (await a.get<PlannedDate>(`${plans}/${four.id}`)).body;
    expect(after.status).toBe('accepted');
    expect(after.participants.map((p) => p.userId).sort()).toEqual([a.me.id, b.me.id].sort());
    const standing = (await calendarOf(a, space.id)).find((e) => e.id === after.eventId);
    expect([...standing!.participantIds].sort()).toEqual([a.me.id, b.me.id].sort());
  });

  it('refuses a plan it cannot keep, and keeps nothing of it', async () => {
    const { a, b, stranger, strangerSpace, plans } = await couple();
    const strangerIdea = await stranger.post<DateIdeaView>(
      `/api/v1/spaces/${strangerSpace.id}/dates/ideas`,
      {
        title: 'Theirs',
        setting: 'out',
        cost: 'low',
        duration: 'evening',
        energy: 'low',
        seasons: ['any'],
      },
    );
    const refused = [
      { ...friday, inviteeIds: [b.me.id], start: '2020-01-01T19:00', end: '2020-01-01T21:00' },
      { ...friday, inviteeIds: [stranger.me.id] },
      { ...friday, inviteeIds: [a.me.id] },
      { ...friday, inviteeIds: [] },
      { ...friday, inviteeIds: [b.me.id], end: friday.start },
      { ...friday, inviteeIds: [b.me.id], start: '2031-02-30T19:00' },
      { ...friday, inviteeIds: [b.me.id], timeZone: 'Mars/Olympus' },
      { ...friday, inviteeIds: [b.me.id], idea: { source: 'bank', key: 'no-such-idea' } },
      { ...friday, inviteeIds: [b.me.id], idea: strangerIdea.body.ref },
      { ...friday, inviteeIds: [b.me.id], title: '   ' },
    ];
    for (const body of refused) {
      const response = await a.post(plans, body);
      expect([response.status, response.body.error.code]).toEqual([422, 'validation_failed']);
    }
    expect((await a.get(plans)).body.items).toEqual([]);
  });

  it('never answers a plan with a server error, and a refused one leaves nothing', async () => {
    const { a, b, plans } = await couple();
    const wallClock = fc
      .tuple(
        fc.integer({ min: 1890, max: 3010 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
      )
      .map(
        ([y, mo, d, h]) =>
          `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:00`,
      );
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            title: fc.oneof(fc.string({ maxLength: 130 }), fc.constant('Walk')),
            note: fc.string({ maxLength: 50 }),
            start: fc.oneof(wallClock, fc.string()),
            end: fc.oneof(wallClock, fc.string()),
            timeZone: fc.constantFrom('Europe/Berlin', 'America/New_York', 'Nowhere', ''),
            inviteeIds: fc.constantFrom([b.me.id], [], [a.me.id], ['x']),
            idea: fc.constantFrom({ source: 'bank', key: 'blanket-fort-film' }, { source: 'x' }),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const before = (await a.get(plans)).body.items.length;
          const response = await a.post(plans, body);
          expect(response.status).not.toBe(500);
          const after = (await a.get(plans)).body.items.length;
          expect(after).toBe(response.status === 201 ? before + 1 : before);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('asks "how was it?" once after a date that went ahead, to those who went', async () => {
    const { a, b, space, plans } = await couple();
    // Its own year, apart from the other tests' dates in this database.
    const evening = { ...friday, start: '2033-03-04T19:00', end: '2033-03-04T21:00' };
    const { id } = (await a.post<PlannedDate>(plans, { ...evening, inviteeIds: [b.me.id] })).body;
    const declined = (await a.post<PlannedDate>(plans, { ...evening, inviteeIds: [b.me.id] })).body;
    await answer(b, `${plans}/${id}`, 'accepted');
    await answer(b, `${plans}/${declined.id}`, 'declined');
    const { dates } = harness().services;
    // The other tests' dates, all over by then, asked about first.
    await dates.askForMemories(new Date('2033-01-01T00:00:00Z'));
    const aboutIt = async (client: TestClient) =>
      (await client.get(`/api/v1/spaces/${space.id}/notifications`)).body.items.filter(
        (n: { refId: string }) => n.refId === id,
      ).length;
    const before = [await aboutIt(a), await aboutIt(b)];
    expect(await dates.askForMemories(new Date('2033-03-04T19:59:00Z'))).toBe(0);
    expect(await dates.askForMemories(new Date('2033-03-04T20:00:00Z'))).toBe(1);
    expect(await dates.askForMemories(new Date('2033-03-05T20:00:00Z'))).toBe(0);
    expect([await aboutIt(a), await aboutIt(b)]).toEqual(before.map((n) => n + 1));
    // A new time asks again, after it.
    const later = { start: '2033-06-01T10:00', end: '2033-06-01T11:00' };
    await b.post(`${plans}/${id}/reschedule`, later);
    await answer(a, `${plans}/${id}`, 'accepted');
    expect(await dates.askForMemories(new Date('2033-06-01T08:30:00Z'))).toBe(0);
    expect(await dates.askForMemories(new Date('2033-06-01T09:00:00Z'))).toBe(1);
  });
});

describeOnEachDialect('dates: ideas, ours beside Tandem’s', (harness) => {
  it('lists over a hundred ideas that fit a filter, ours first, and keeps ours to our space', async () => {
    const { a, b, stranger, space, strangerSpace } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/dates/ideas`;
    const all = (await a.get<{ items: DateIdeaView[] }>(url)).body.items;
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(all.every((idea) => idea.ref.source === 'bank')).toBe(true);

    const ours = await b.post<DateIdeaView>(url, {
      title: 'Picnic on the roof',
      description: 'Bring the small speaker',
      setting: 'out',
      cost: 'free',
      duration: 'evening',
      energy: 'low',
      seasons: ['summer'],
    });
    expect(ours.status).toBe(201);
    expect(ours.body).toMatchObject({ ref: { source: 'ours' }, createdBy: b.me.id });
    const summer = (
      await a.get<{ items: DateIdeaView[] }>(`${url}?season=summer&cost=free&setting=out`)
    ).body.items;
    expect(summer[0]?.title).toBe('Picnic on the roof');
    expect(summer.every((i) => i.cost === 'free' && i.setting === 'out')).toBe(true);
    expect(summer.every((i) => i.seasons.includes('summer') || i.seasons.includes('any'))).toBe(
      true,
    );
    const winter = (await a.get<{ items: DateIdeaView[] }>(`${url}?season=winter`)).body.items;
    expect(winter.map((i) => i.title)).not.toContain('Picnic on the roof');
    expect((await a.get(`${url}?cost=priceless`)).status).toBe(422);

    const ideaUrl = `${url}/${ours.body.ref.source === 'ours' ? ours.body.ref.id : ''}`;
    expect(
      (await a.patch<DateIdeaView>(ideaUrl, { seasons: ['spring', 'summer'] })).body.seasons,
    ).toEqual(['spring', 'summer']);
    expect((await a.patch(ideaUrl, { seasons: ['any', 'summer'] })).status).toBe(422);
    expect((await stranger.patch(ideaUrl, { title: 'Mine now' })).status).toBe(404);
    const strangers = `/api/v1/spaces/${strangerSpace.id}/dates/ideas`;
    expect(
      (await stranger.get<{ items: DateIdeaView[] }>(strangers)).body.items.map((i) => i.title),
    ).not.toContain('Picnic on the roof');

    // A plan made from it keeps its own words when the idea goes.
    const plans = `/api/v1/spaces/${space.id}/dates/plans`;
    const plan = await a.post<PlannedDate>(plans, {
      title: 'Picnic on the roof',
      idea: ours.body.ref,
      inviteeIds: [b.me.id],
      start: '2031-07-01T19:00',
      end: '2031-07-01T21:00',
    });
    expect(plan.body.idea).toEqual(ours.body.ref);
    expect((await a.delete(ideaUrl)).status).toBe(204);
    const after = (await a.get<PlannedDate>(`${plans}/${plan.body.id}`)).body;
    expect([after.title, after.idea]).toEqual(['Picnic on the roof', null]);
    const fromBank = await a.post<PlannedDate>(plans, {
      title: 'Blanket fort',
      idea: { source: 'bank', key: 'blanket-fort-film' },
      inviteeIds: [b.me.id],
      start: '2031-07-02T19:00',
      end: '2031-07-02T21:00',
    });
    expect(fromBank.body.idea).toEqual({ source: 'bank', key: 'blanket-fort-film' });
  });
});
