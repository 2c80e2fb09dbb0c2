import type { CalendarEventView, WeekView } from '@tandem/shared';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createSpace, invite, signUp, type TestClient } from '../../../test/test-client';

describeOnEachDialect('calendar: time together and apart', (harness) => {
  /** Alex in Berlin and Sam in New York: their clocks change on different weekends. */
  async function partnersInTwoZones() {
    const app = harness().app;
    const alex = await signUp(app, { displayName: 'Alex', timeZone: 'Europe/Berlin' });
    const sam = await signUp(app, { displayName: 'Sam', timeZone: 'America/New_York' });
    const stranger = await signUp(app);
    const space = await createSpace(alex);
    await sam.post(`/api/v1/invites/${await invite(alex, space.id)}/accept`);
    return { alex, sam, stranger, space, url: `/api/v1/spaces/${space.id}/calendar` };
  }
  const add = (client: TestClient, url: string, event: Record<string, unknown>) =>
    client.post<CalendarEventView>(`${url}/events`, event);
  const weekOf = async (client: TestClient, url: string, date: string) =>
    (await client.get<WeekView>(`${url}/week?date=${date}`)).body;
  const minutes = (week: WeekView, userId: string) =>
    week.members.find((m) => m.userId === userId)!;

  it('counts a weekly evening together at its own hour across a change of clocks, for both', async () => {
    const { alex, sam, url } = await partnersInTwoZones();
    const evening = await add(alex, url, {
      title: 'Sunday dinner',
      kind: 'together',
      participantIds: [alex.me.id, sam.me.id],
      allDay: false,
      start: '2026-03-15T19:00',
      end: '2026-03-15T21:00',
      rrule: 'FREQ=WEEKLY;BYDAY=SU',
    });
    expect(evening.status).toBe(201);
    expect(evening.body).toMatchObject({
      timeZone: 'Europe/Berlin',
      capabilities: { canEdit: true },
    });

    // Berlin moves its clocks on 29 March: 19:00 there is 18:00Z before and 17:00Z after.
    const before = await weekOf(alex, url, '2026-03-18');
    const after = await weekOf(alex, url, '2026-03-30');
    expect(before.occurrences.map((o) => o.start)).toEqual(['2026-03-22T18:00:00.000Z']);
    expect(after.occurrences.map((o) => o.start)).toEqual(['2026-04-05T17:00:00.000Z']);
    const spring = await weekOf(alex, url, '2026-03-29');
    expect(spring.occurrences.map((o) => [o.start, o.end])).toEqual([
      ['2026-03-29T17:00:00.000Z', '2026-03-29T19:00:00.000Z'],
    ]);
    // Alex's week of the change is an hour short, and two hours count for both of them.
    expect(Date.parse(spring.end) - Date.parse(spring.start)).toBe(167 * 3_600_000);
    expect(minutes(spring, alex.me.id).actual.together).toBe(120);
    expect(minutes(spring, sam.me.id).actual.together).toBe(120);

    // Sam's week is New York's Monday to Sunday: the same evening, at the same instant.
    const samsWeek = await weekOf(sam, url, '2026-03-29');
    expect(samsWeek.start).toBe('2026-03-23T04:00:00.000Z');
    expect(samsWeek.occurrences.map((o) => o.start)).toEqual(['2026-03-29T17:00:00.000Z']);
  });

  it('shows protected solo time to the partner as their own time, without its title', async () => {
    const { alex, sam, url } = await partnersInTwoZones();
    const own = await add(sam, url, {
      title: 'SECRET-Pottery class',
      description: 'Making a vase for Alex',
      kind: 'solo',
      participantIds: [sam.me.id],
      allDay: false,
      start: '2026-05-06T18:00',
      end: '2026-05-06T20:00',
      protected: true,
    });
    expect(own.status).toBe(201);
    const forAlex = (await alex.get<CalendarEventView>(`${url}/events/${own.body.id}`)).body;
    expect(forAlex).toMatchObject({
      protected: true,
      title: null,
      description: null,
      kind: 'solo',
    });
    expect(forAlex.capabilities.canEdit).toBe(false);
    expect(JSON.stringify((await alex.get(`${url}/events`)).body)).not.toContain('SECRET');
    expect(JSON.stringify(await weekOf(alex, url, '2026-05-06'))).not.toContain('SECRET');
    expect((await sam.get<CalendarEventView>(`${url}/events/${own.body.id}`)).body.title).toBe(
      'SECRET-Pottery class',
    );
    expect((await alex.patch(`${url}/events/${own.body.id}`, { title: 'Mine now' })).status).toBe(
      403,
    );
    expect((await alex.delete(`${url}/events/${own.body.id}`)).status).toBe(403);
    // It counts as Sam's solo time all the same.
    expect(minutes(await weekOf(sam, url, '2026-05-06'), sam.me.id).actual.solo).toBe(120);
  });

  it('sets each one’s wished balance and shows it next to the week', async () => {
    const { alex, sam, url } = await partnersInTwoZones();
    await alex.request('PUT', `${url}/wishes`, {
      minutes: { together: 600, solo: 360, social: 240 },
    });
    await sam.request('PUT', `${url}/wishes`, { minutes: { together: 480 } });
    const week = await weekOf(sam, url, '2026-06-10');
    expect(minutes(week, alex.me.id).wished).toEqual({ together: 600, solo: 360, social: 240 });
    expect(minutes(week, sam.me.id).wished).toEqual({ together: 480 });
    expect(minutes(week, sam.me.id).actual).toEqual({
      together: 0,
      solo: 0,
      social: 0,
      family: 0,
      work: 0,
    });
    const tooMuch = await alex.request('PUT', `${url}/wishes`, {
      minutes: { solo: 7 * 24 * 60 + 1 },
    });
    expect(tooMuch.status).toBe(422);
  });

  it('refuses what cannot be, changing nothing, and hides the calendar from strangers', async () => {
    const { alex, sam, stranger, url } = await partnersInTwoZones();
    const base = {
      title: 'Walk',
      kind: 'together',
      participantIds: [alex.me.id, sam.me.id],
      allDay: false,
      start: '2026-05-01T10:00',
      end: '2026-05-01T11:00',
    };
    for (const wrong of [
      { end: '2026-05-01T09:00' },
      { allDay: true },
      { participantIds: [stranger.me.id] },
      { rrule: 'FREQ=MONTHLY;BYSETPOS=2;BYDAY=TU' },
      { rrule: 'nonsense' },
      { protected: true },
      { exdates: ['2026-05-08'] },
      { timeZone: 'Mars/Olympus' },
      { start: '2026-02-30T10:00' },
    ]) {
      const response = await add(alex, url, { ...base, ...wrong });
      expect(response.status, JSON.stringify(wrong)).toBe(422);
    }
    expect((await alex.get(`${url}/events`)).body.items).toEqual([]);
    const walk = await add(alex, url, base);
    expect((await stranger.get(`${url}/events/${walk.body.id}`)).status).toBe(404);
    expect((await stranger.get(`${url}/week`)).status).toBe(404);
    // Those taking part may move it; the change keeps its form.
    const moved = await sam.patch<CalendarEventView>(`${url}/events/${walk.body.id}`, {
      allDay: false,
      start: '2026-05-02T10:00',
      end: '2026-05-02T11:30',
    });
    expect(moved.body).toMatchObject({ start: '2026-05-02T10:00', end: '2026-05-02T11:30' });
    expect(
      (await sam.patch(`${url}/events/${walk.body.id}`, { start: '2026-05-03T10:00' })).status,
    ).toBe(422);
  });

  it('gives each member a secret feed of their events, which a new address or removal stops', async () => {
    const { alex, sam, url } = await partnersInTwoZones();
    await add(alex, url, {
      title: 'Dinner, with Sam; at 7',
      kind: 'together',
      participantIds: [alex.me.id, sam.me.id],
      allDay: false,
      start: '2026-10-18T19:00',
      end: '2026-10-18T21:00',
      rrule: 'FREQ=WEEKLY;COUNT=4',
    });
    await add(sam, url, {
      title: 'Sam alone',
      kind: 'solo',
      participantIds: [sam.me.id],
      allDay: true,
      start: '2026-10-20',
      end: '2026-10-21',
    });
    expect((await alex.get(`${url}/feed`)).body).toEqual({ url: null, createdAt: null });
    const made = (await alex.post(`${url}/feed`)).body as { url: string };
    const path = new URL(made.url).pathname;
    const feed = await harness().app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('SUMMARY:Dinner\\, with Sam\\; at 7');
    expect(feed.body).toContain('RRULE:FREQ=WEEKLY;COUNT=4');
    expect(feed.body).toContain('DTSTART;TZID=Europe/Berlin:20261018T190000');
    expect(feed.body).not.toContain('Sam alone');
    expect((await alex.get(`${url}/feed`)).body).toMatchObject({
      url: null,
      createdAt: expect.any(String),
    });

    const again = (await alex.post(`${url}/feed`)).body as { url: string };
    expect((await harness().app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    const second = new URL(again.url).pathname;
    expect((await harness().app.inject({ method: 'GET', url: second })).statusCode).toBe(200);
    expect((await alex.delete(`${url}/feed`)).status).toBe(204);
    expect((await harness().app.inject({ method: 'GET', url: second })).statusCode).toBe(404);
  });

  it('answers any event without a 500, and a refused one adds nothing', async () => {
    const { alex, sam, url } = await partnersInTwoZones();
    const clock = fc.oneof(
      fc.constantFrom(
        '2026-03-29T02:30',
        '2026-10-25T02:30',
        '2026-02-29T10:00',
        '2026-12-31T23:59',
      ),
      fc.string({ maxLength: 20 }),
    );
    const rule = fc.oneof(
      fc.constantFrom(
        'FREQ=WEEKLY;BYDAY=SU',
        'FREQ=DAILY;COUNT=3',
        'FREQ=MONTHLY;UNTIL=20270101',
        'FREQ=YEARLY;INTERVAL=0',
        'FREQ=WEEKLY;BYDAY=1MO',
        'FREQ=SECONDLY',
      ),
      fc.string({ maxLength: 40 }),
      fc.constant(null),
    );
    let created = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: fc.oneof(fc.constant('Walk'), fc.string({ maxLength: 130 })),
          kind: fc.constantFrom('together', 'solo', 'social', 'family', 'work', 'nap'),
          participantIds: fc.constantFrom([alex.me.id], [alex.me.id, sam.me.id], [], ['x']),
          allDay: fc.boolean(),
          start: clock,
          end: clock,
          timeZone: fc.constantFrom('Europe/Berlin', 'Pacific/Chatham', 'UTC', 'Nowhere/Land'),
          rrule: rule,
          exdates: fc.array(clock, { maxLength: 2 }),
          protected: fc.boolean(),
        }),
        async (event) => {
          const response = await add(alex, url, event);
          expect(response.status).toBeLessThan(500);
          if (response.status === 201) created++;
          const listed = (await alex.get(`${url}/events`)).body.items as unknown[];
          expect(listed).toHaveLength(created);
          expect((await alex.get(`${url}/week?date=2026-03-29`)).status).toBe(200);
        },
      ),
      { numRuns: 80 },
    );
  });
});
