import type { CalendarEventView, WeekView } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple } from '../../../test/test-client';

const ics = (...lines: string[]) => [...lines, ''].join('\r\n');
const calendarFile = ics(
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Example//Calendar//EN',
  'BEGIN:VEVENT',
  'UID:choir-1@example.test',
  'DTSTAMP:20260301T120000Z',
  'DTSTART;TZID=America/New_York:20260302T190000',
  'DTEND;TZID=America/New_York:20260302T203000',
  'RRULE:FREQ=WEEKLY;BYDAY=MO',
  'SUMMARY:Choir',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:trip-1@example.test',
  'DTSTAMP:20260301T120000Z',
  'DTSTART;VALUE=DATE:20260410',
  'DTEND;VALUE=DATE:20260413',
  'SUMMARY:Weekend away',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:odd-1@example.test',
  'DTSTAMP:20260301T120000Z',
  'DTSTART:20260303T090000Z',
  'DTEND:20260303T100000Z',
  'RRULE:FREQ=MONTHLY;BYSETPOS=2;BYDAY=TU',
  'SUMMARY:Second Tuesday',
  'END:VEVENT',
  'END:VCALENDAR',
);

describeOnEachDialect('calendar: importing an .ics file', (harness) => {
  it('imports timed, recurring and all-day events so they count, and updates them on a second import', async () => {
    const { a, b, space, stranger } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/calendar`;
    const first = await a.post(`${url}/import`, { ics: calendarFile, kind: 'social' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ imported: 2, updated: 0 });
    expect(first.body.skipped).toEqual([
      expect.objectContaining({ uid: 'odd-1@example.test', title: 'Second Tuesday' }),
    ]);
    const events = (await b.get<{ items: CalendarEventView[] }>(`${url}/events`)).body.items;
    expect(events.map((e) => [e.title, e.timeZone, e.allDay, e.start, e.end, e.rrule])).toEqual(
      expect.arrayContaining([
        [
          'Choir',
          'America/New_York',
          false,
          '2026-03-02T19:00',
          '2026-03-02T20:30',
          'FREQ=WEEKLY;BYDAY=MO',
        ],
        ['Weekend away', 'Europe/Berlin', true, '2026-04-10', '2026-04-12', null],
      ]),
    );
    expect(events.every((e) => e.imported && e.kind === 'social')).toBe(true);
    expect(events.every((e) => e.participantIds.join() === a.me.id)).toBe(true);
    // Choir counts 90 minutes of Alex's social time a week; not Sam's.
    const week = (await a.get<WeekView>(`${url}/week?date=2026-03-11`)).body;
    expect(week.members.find((m) => m.userId === a.me.id)!.actual.social).toBe(90);
    expect(week.members.find((m) => m.userId === b.me.id)!.actual.social).toBe(0);

    const again = await a.post(`${url}/import`, { ics: calendarFile, kind: 'social' });
    expect(again.body).toMatchObject({ imported: 0, updated: 2 });
    expect((await a.get(`${url}/events`)).body.items).toHaveLength(2);
    expect((await stranger.post(`${url}/import`, { ics: calendarFile })).status).toBe(404);
  });

  it('rejects a malformed file with a clear error, and writes nothing', async () => {
    const { a, space } = await createCouple(harness().app);
    const url = `/api/v1/spaces/${space.id}/calendar`;
    for (const file of [
      'not a calendar',
      '<html><body>Sign in</body></html>',
      ics(
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'BEGIN:VEVENT',
        'UID:x',
        'SUMMARY:No start',
        'END:VEVENT',
        'END:VCALENDAR',
      ),
      ics(
        'BEGIN:VCALENDAR',
        'BEGIN:VEVENT',
        'UID:y',
        'DTSTART:20261345T250000',
        'END:VEVENT',
        'END:VCALENDAR',
      ),
    ]) {
      const response = await a.post(`${url}/import`, { ics: file });
      expect(response.status, file).toBe(422);
      expect(response.body.error.details.fields[0]).toMatchObject({ path: 'ics' });
      expect(response.body.error.details.fields[0].message.length).toBeGreaterThan(10);
    }
    expect((await a.get(`${url}/events`)).body.items).toEqual([]);
  });
});
