import { readFileSync } from 'node:fs';
import {
  addDays,
  icsCalendar,
  occurrencesBetween,
  type CalendarEvent,
  type IcsFeedEvent,
} from '@tandem/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IcsError, MAX_IMPORTED_EVENTS, readIcs, type ImportedEvent } from './ics-read';
import { ianaZoneForWindowsName, windowsZoneNames } from './windows-zones';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}.ics`, import.meta.url), 'utf8');
const ics = (...lines: string[]) => [...lines, ''].join('\r\n');
const calendar = (...lines: string[]) =>
  ics('BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Test//EN', ...lines, 'END:VCALENDAR');
const event = (...lines: string[]) =>
  calendar('BEGIN:VEVENT', 'UID:e1@test', 'DTSTAMP:20260301T000000Z', ...lines, 'END:VEVENT');

const byUid = (events: ImportedEvent[], uid: string) => events.find((e) => e.uid === uid);

/** Occurrence starts and ends as instants, for the first months of an event. */
const instants = (e: ImportedEvent, from: string, to: string) =>
  occurrencesBetween({ ...asEvent(e), id: e.uid }, from, to).map((o) => [o.start, o.end]);
const asEvent = (e: ImportedEvent): CalendarEvent => ({
  ...e,
  id: e.uid,
  kind: 'work',
  participantIds: [],
  protected: false,
});

function readError(text: string): IcsError {
  try {
    readIcs(text, 'Europe/Berlin');
  } catch (error) {
    if (error instanceof IcsError) return error;
    throw error;
  }
  throw new Error('expected an IcsError');
}

describe('readIcs on a Google Calendar export', () => {
  const { events, skipped } = readIcs(fixture('google'), 'Asia/Tokyo');
  const dinner = byUid(events, '6b1k3v0q8l2m4n5p7r9s@google.com')!;

  it('keeps a weekly event in its zone, with its rule and left-out dates', () => {
    expect(dinner).toEqual({
      uid: '6b1k3v0q8l2m4n5p7r9s@google.com',
      title: 'Dinner together',
      description:
        'Pasta night, then a film.\nWhose turn to cook? Check the list; it’s on the fridge — next to the calendar, as always.',
      allDay: false,
      start: '2026-03-15T19:00',
      end: '2026-03-15T21:00',
      timeZone: 'Europe/Berlin',
      // WKST=MO is the default and is dropped.
      rrule: 'FREQ=WEEKLY;UNTIL=20261101T175959Z;BYDAY=SU',
      // The two EXDATEs, then the dates of the changed and the cancelled occurrence.
      exdates: ['2026-04-05T19:00', '2026-10-25T19:00', '2026-04-19T19:00', '2026-05-03T19:00'],
    });
  });

  it('keeps 19:00 in Berlin on both sides of the daylight-saving change', () => {
    const starts = instants(dinner, '2026-03-01T00:00:00Z', '2026-12-31T00:00:00Z').map(
      ([start]) => start,
    );
    expect(starts.slice(0, 4)).toEqual([
      '2026-03-15T18:00:00.000Z',
      '2026-03-22T18:00:00.000Z',
      '2026-03-29T17:00:00.000Z', // summer time from that night
      '2026-04-12T17:00:00.000Z', // 5 April left out, 19 April changed
    ]);
    expect(starts).not.toContain('2026-05-03T17:00:00.000Z');
    // Until 1 November 17:59:59Z: the last is 18 October (25 October is left out).
    expect(starts[starts.length - 1]).toBe('2026-10-18T17:00:00.000Z');
  });

  it('makes a changed occurrence a one-off of its own and drops a cancelled one', () => {
    expect(byUid(events, '6b1k3v0q8l2m4n5p7r9s@google.com/20260419T190000')).toMatchObject({
      title: 'Dinner together (late)',
      start: '2026-04-19T20:00',
      end: '2026-04-19T22:00',
      timeZone: 'Europe/Berlin',
      rrule: null,
      exdates: [],
    });
    expect(events.filter((e) => e.start.startsWith('2026-05-03'))).toEqual([]);
  });

  it('reads an all-day event in the calendar’s zone, to the day before DTEND', () => {
    expect(byUid(events, '1q2w3e4r5t6y7u8i9o0p@google.com')).toMatchObject({
      title: 'Weekend in Hamburg',
      allDay: true,
      start: '2026-04-10',
      end: '2026-04-12',
      timeZone: 'Europe/Berlin', // X-WR-TIMEZONE, not the fallback
    });
  });

  it('drops rule parts that only restate the start', () => {
    expect(byUid(events, 'z9x8c7v6b5n4m3@google.com')?.rrule).toBe('FREQ=MONTHLY');
  });

  it('lists what it skipped, and why, in plain words', () => {
    expect(skipped).toEqual([
      { uid: '0a9s8d7f6g5h4j3k2l1@google.com', title: 'Lunch with Sam', reason: 'was cancelled' },
      {
        uid: 'p0o9i8u7y6t5@google.com',
        title: 'Book club',
        reason:
          'repeats in a way Tandem can’t follow yet: on a weekday of the month or year, such as the second Tuesday',
      },
    ]);
    expect(events).toHaveLength(4);
  });
});

describe('readIcs on an Apple Calendar export', () => {
  const { events, skipped } = readIcs(fixture('apple'), 'Europe/Lisbon');
  const uid = (n: number) => `A1B2C3D4-0000-4000-8000-00000000000${n}`;

  it('unfolds lines and unescapes text, multi-byte characters included', () => {
    expect(byUid(events, '5E3A4C1B-7F2D-4A8E-9B61-0C2D3E4F5A6B')).toMatchObject({
      title: 'Brunch at Café Olé — table for 2 (Zoë’s birthday 🎂, bring the card)',
      start: '2026-03-08T09:30',
      end: '2026-03-08T11:00',
      timeZone: 'America/New_York',
    });
  });

  it('reads EXDATE lists and COUNT', () => {
    const run = byUid(events, '8C1D2E3F-4A5B-6C7D-8E9F-0A1B2C3D4E5F')!;
    expect(run).toMatchObject({
      rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,WE,FR;COUNT=10',
      exdates: ['2026-03-09T07:00', '2026-03-11T07:00'],
    });
    // Ten in all, two of them left out; 07:00 New York before and after 8 March.
    const starts = instants(run, '2026-03-01T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(starts).toHaveLength(8);
    expect(starts[0]).toEqual(['2026-03-02T12:00:00.000Z', '2026-03-02T12:45:00.000Z']);
    expect(starts[2]).toEqual(['2026-03-06T12:00:00.000Z', '2026-03-06T12:45:00.000Z']);
    expect(starts[3]).toEqual(['2026-03-13T11:00:00.000Z', '2026-03-13T11:45:00.000Z']);
  });

  it('reads a floating time in the importing member’s zone', () => {
    expect(byUid(events, uid(1))).toMatchObject({
      start: '2026-05-01T09:00',
      end: '2026-05-01T10:30', // DURATION:PT1H30M
      timeZone: 'Europe/Lisbon',
    });
  });

  it('adds a DURATION in hours as elapsed time, across a daylight-saving change', () => {
    // 23:00 EDT plus four hours is 02:00 EST: the clocks went back at 02:00 EDT.
    expect(byUid(events, uid(2))).toMatchObject({
      start: '2026-10-31T23:00',
      end: '2026-11-01T02:00',
      timeZone: 'America/New_York',
    });
  });

  it('reads all-day events with a DURATION in days, or with no end at all', () => {
    expect(byUid(events, uid(3))).toMatchObject({
      allDay: true,
      start: '2026-07-01',
      end: '2026-07-03',
    });
    expect(byUid(events, uid(4))).toMatchObject({
      title: 'Mum’s birthday',
      allDay: true,
      start: '1985-06-12',
      end: '1985-06-12',
      rrule: 'FREQ=YEARLY',
    });
  });

  it('skips Apple’s year-less birthdays and extra dates it cannot follow', () => {
    expect(skipped).toEqual([
      { uid: uid(5), title: 'Jo’s birthday', reason: 'is dated before 1900 or after 2999' },
      {
        uid: uid(6),
        title: 'Piano lessons',
        reason:
          'repeats in a way Tandem can’t follow yet: on extra dates listed one by one (RDATE)',
      },
    ]);
  });
});

describe('readIcs on an Outlook export', () => {
  const { events, skipped } = readIcs(fixture('outlook'), 'Europe/Berlin');
  const titled = (title: string) => events.find((e) => e.title === title);

  it('maps Windows zone names to IANA zones, and drops a WKST that cannot matter', () => {
    expect(titled('Team stand-up')).toMatchObject({
      start: '2026-03-17T09:30',
      end: '2026-03-17T10:00',
      timeZone: 'Europe/Berlin',
      rrule: 'FREQ=WEEKLY;UNTIL=20260630T073000Z;INTERVAL=1;BYDAY=TU,TH',
      description: '\n',
    });
    expect(titled('Call with the New York office')).toMatchObject({
      start: '2026-03-20T15:00',
      timeZone: 'America/New_York',
    });
    expect(titled('Sydney catch-up')).toMatchObject({ timeZone: 'Australia/Sydney' });
  });

  it('turns a zone known only from the file’s VTIMEZONE into UTC', () => {
    expect(titled('Call with Priya')).toMatchObject({
      start: '2026-03-25T13:00',
      end: '2026-03-25T14:00',
      timeZone: 'UTC',
    });
  });

  it('reads UTC times and all-day events', () => {
    expect(titled('Webinar: calendars, time zones and you')).toMatchObject({
      start: '2026-03-26T14:00',
      end: '2026-03-26T15:00',
      timeZone: 'UTC',
    });
    expect(titled('Easter Monday')).toMatchObject({
      allDay: true,
      start: '2026-04-06',
      end: '2026-04-06',
    });
  });

  it('skips a rule it cannot follow', () => {
    expect(skipped).toEqual([
      {
        uid: 'outlook-month-end-1',
        title: 'Month-end report',
        reason:
          'repeats in a way Tandem can’t follow yet: on the first, second or last of several days in a period',
      },
    ]);
  });
});

describe('readIcs, one case at a time', () => {
  const one = (...lines: string[]) => readIcs(event(...lines), 'Europe/Berlin');

  it('reads a TZID with a path before the zone, and any case', () => {
    const { events } = one(
      'DTSTART;TZID=/mozilla.org/20050126_1/europe/paris:20260601T100000',
      'DTEND;TZID=/mozilla.org/20050126_1/europe/paris:20260601T110000',
    );
    expect(events[0]).toMatchObject({ timeZone: 'Europe/Paris', start: '2026-06-01T10:00' });
  });

  it('reads an unknown TZID without a definition in the fallback zone', () => {
    const { events } = one('DTSTART;TZID=Somewhere:20260601T100000', 'DTEND:20260601T090000Z');
    expect(events[0]).toMatchObject({ timeZone: 'Europe/Berlin', end: '2026-06-01T11:00' });
  });

  it('reads DTEND in another zone than DTSTART in the start’s zone', () => {
    const { events } = one(
      'DTSTART;TZID=Europe/London:20260601T100000',
      'DTEND;TZID=America/New_York:20260601T080000',
    );
    expect(events[0]).toMatchObject({ timeZone: 'Europe/London', end: '2026-06-01T13:00' });
  });

  it('does not use a VTIMEZONE whose rules repeat more than yearly', () => {
    const text = calendar(
      'BEGIN:VTIMEZONE',
      'TZID:Busy',
      'BEGIN:STANDARD',
      'DTSTART:16010101T000000',
      'RRULE:FREQ=SECONDLY',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:e1@test',
      'DTSTART;TZID=Busy:29990601T100000',
      'DTEND;TZID=Busy:29990601T110000',
      'END:VEVENT',
    );
    expect(readIcs(text, 'Europe/Berlin').events[0]).toMatchObject({ timeZone: 'Europe/Berlin' });
  });

  it('reads a line with 200,000 parameters', () => {
    // Read in one pass; re-reading the rest of the line for each parameter would not finish.
    const params = ';X-A=b'.repeat(200_000);
    const text = event(`DTSTART${params}:20260601T100000Z`, 'DTEND:20260601T110000Z');
    expect(readIcs(text, 'UTC').events).toHaveLength(1);
  });

  it('skips a timed event that takes no time', () => {
    expect(one('SUMMARY:Reminder', 'DTSTART:20260601T100000Z').skipped).toEqual([
      { uid: 'e1@test', title: 'Reminder', reason: 'takes no time (it ends as it starts)' },
    ]);
  });

  it('turns "every weekday" written as a daily rule into the weekly one', () => {
    const { events } = one(
      'DTSTART:20260601T100000Z',
      'DTEND:20260601T110000Z',
      'RRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
    );
    expect(events[0]?.rrule).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
  });

  it('refuses a week start that changes the dates', () => {
    const { skipped } = one(
      'DTSTART:20260601T100000Z',
      'DTEND:20260601T110000Z',
      'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;WKST=SU',
    );
    expect(skipped[0]?.reason).toMatch(/weeks that start on another day/);
  });

  it('makes a UID for an event without one, the same each time', () => {
    const text = event('DTSTART:20260601T100000Z', 'DTEND:20260601T110000Z').replace(
      'UID:e1@test\r\n',
      '',
    );
    const first = readIcs(text, 'UTC').events[0]?.uid;
    expect(first).toMatch(/@import$/);
    expect(readIcs(text, 'UTC').events[0]?.uid).toBe(first);
  });

  it('accepts LF line ends, blank lines and a byte-order mark', () => {
    const text = `\uFEFF${event('DTSTART:20260601T100000Z', '', 'DTEND:20260601T110000Z')}`;
    expect(readIcs(text.replaceAll('\r\n', '\n'), 'UTC').events).toHaveLength(1);
  });
});

describe('readIcs refuses a file that is not a calendar, saying why and where', () => {
  it.each([
    ['an empty file', '', /empty/],
    ['blank lines', '\r\n \r\n', /empty/],
    ['random bytes', '\u0000\u0001PK\u0003\u0004\ufffd\ufffd', /not a calendar \(\.ics\) file/],
    ['a web page', '<!DOCTYPE html><html><body>Sign in</body></html>', /web page/],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n', /not a calendar/],
  ])('%s', (_, text, message) => {
    const error = readError(text);
    expect(error.message).toMatch(message);
  });

  it('an event without a start, on the line the event begins', () => {
    const error = readError(event('SUMMARY:Nothing')); // BEGIN:VEVENT is line 4
    expect(error).toMatchObject({ line: 4 });
    expect(error.message).toMatch(/"Nothing" has no start \(DTSTART\)/);
  });

  it('an END that does not match its BEGIN', () => {
    const error = readError(calendar('BEGIN:VEVENT', 'DTSTART:20260601T100000Z', 'END:VTODO'));
    expect(error).toMatchObject({ line: 6 });
    expect(error.message).toBe(
      'END:VTODO is where END:VEVENT should be (BEGIN:VEVENT is on line 4).',
    );
  });

  it('a file cut short', () => {
    const error = readError('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260601\r\n');
    expect(error.message).toMatch(/ends before END:VEVENT .*cut short/);
  });

  it('a date that does not exist', () => {
    const error = readError(event('DTSTART;TZID=Europe/Berlin:20261345T250000'));
    expect(error).toMatchObject({ line: 7 });
    expect(error.message).toBe('"20261345T250000" in DTSTART is not a real date and time.');
  });

  it('an EXDATE or DURATION that cannot be read', () => {
    const exdate = event(
      'DTSTART:20260601T100000Z',
      'DTEND:20260601T110000Z',
      'RRULE:FREQ=DAILY',
      'EXDATE:2026-06-02',
    );
    expect(readError(exdate)).toMatchObject({ line: 10 });
    expect(readError(event('DTSTART:20260601T100000Z', 'DURATION:1 hour')).message).toMatch(
      /not a length of time/,
    );
  });

  it('a line that is not a calendar line', () => {
    const error = readError(event('DTSTART:20260601T100000Z', 'this is not a property'));
    expect(error).toMatchObject({ line: 8 });
  });

  it('a file too large, or with too many events', () => {
    expect(readError(`BEGIN:VCALENDAR\r\n${'X'.repeat(3 * 1024 * 1024)}`).message).toMatch(
      /larger than 2 MB/,
    );
    const many = Array.from({ length: MAX_IMPORTED_EVENTS + 1 }, (_, i) =>
      ics('BEGIN:VEVENT', `UID:${i}`, 'DTSTART:20260601T100000Z', 'END:VEVENT'),
    ).join('');
    expect(readError(`BEGIN:VCALENDAR\r\n${many}END:VCALENDAR\r\n`).message).toMatch(
      /5,001 events; Tandem imports at most 5,000/,
    );
  });

  it('throws nothing but IcsError for any text at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectOnlyIcsError(text);
        expectOnlyIcsError(`BEGIN:VCALENDAR\r\n${text}`);
      }),
      { numRuns: 500 },
    );
  });

  it('throws nothing but IcsError for real files with lines changed, lost or repeated', () => {
    const files = ['google', 'apple', 'outlook'].map((name) => fixture(name).split('\r\n'));
    const piece = fc.oneof(
      fc.constantFrom('', ' ', ':', ';', ',', '=', '"', 'Z', 'T', '\\', '0', '9', '-', '/'),
      fc.string({ unit: 'binary', maxLength: 8 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...files),
        fc.array(
          fc.record({
            at: fc.nat(),
            what: fc.constantFrom('drop', 'repeat', 'cut', 'insert'),
            piece,
            offset: fc.nat(80),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (file, changes) => {
          const lines = [...file];
          for (const { at, what, piece: text, offset } of changes) {
            const i = at % lines.length;
            const line = lines[i] ?? '';
            if (what === 'drop') lines.splice(i, 1);
            if (what === 'repeat') lines.splice(i, 0, line);
            if (what === 'cut') lines[i] = line.slice(0, offset % (line.length + 1));
            if (what === 'insert') lines[i] = line.slice(0, offset) + text + line.slice(offset);
          }
          expectOnlyIcsError(lines.join('\r\n'));
        },
      ),
      { numRuns: 1500 },
    );
  });
});

function expectOnlyIcsError(text: string) {
  try {
    readIcs(text, 'Europe/Berlin');
  } catch (error) {
    if (!(error instanceof IcsError)) {
      throw new Error(`threw ${String(error)} for ${JSON.stringify(text.slice(0, 500))}`, {
        cause: error,
      });
    }
  }
}

describe('readIcs on Tandem’s own feed', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
  const pad = (n: number) => String(n).padStart(2, '0');
  const titleArb = fc
    .string({
      unit: fc.oneof(
        fc.constantFrom(',', ';', '\\', '\n', 'é', '🎉', '中'),
        fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      ),
      minLength: 1,
      maxLength: 60,
    })
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const eventArb = fc
    .record({
      id: fc.uuid(),
      title: titleArb,
      description: fc.option(titleArb, { nil: undefined }),
      timeZone: fc.constantFrom(...zones),
      allDay: fc.boolean(),
      day: fc.integer({ min: 0, max: 3000 }),
      hour: fc.integer({ min: 5, max: 15 }),
      minutes: fc.integer({ min: 15, max: 480 }),
      days: fc.integer({ min: 0, max: 3 }),
      rule: fc.option(
        fc.record({
          freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
          interval: fc.integer({ min: 1, max: 3 }),
          byDay: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], { minLength: 1 }),
          end: fc.constantFrom('none', 'count', 'until'),
        }),
        { nil: null },
      ),
      exdateCount: fc.integer({ min: 0, max: 2 }),
    })
    .map((r): IcsFeedEvent => {
      const date = addDays('2024-01-01', r.day);
      const endMinutes = r.hour * 60 + r.minutes;
      let rrule: string | null = null;
      if (r.rule) {
        rrule = `FREQ=${r.rule.freq}`;
        if (r.rule.interval > 1) rrule += `;INTERVAL=${r.rule.interval}`;
        if (r.rule.freq === 'WEEKLY') rrule += `;BYDAY=${r.rule.byDay.join(',')}`;
        if (r.rule.end === 'count') rrule += ';COUNT=5';
        if (r.rule.end === 'until') rrule += `;UNTIL=${addDays(date, 200).replaceAll('-', '')}`;
      }
      const base: IcsFeedEvent = {
        id: r.id,
        title: r.title,
        ...(r.description === undefined ? {} : { description: r.description }),
        kind: 'together',
        participantIds: [],
        allDay: r.allDay,
        start: r.allDay ? date : `${date}T${pad(r.hour)}:00`,
        end: r.allDay
          ? addDays(date, r.days)
          : `${date}T${pad(Math.floor(endMinutes / 60))}:${pad(endMinutes % 60)}`,
        timeZone: r.timeZone,
        rrule,
        exdates: [],
        protected: false,
        updatedAt: '2026-03-01T00:00:00.000Z',
      };
      const starts = rrule
        ? occurrencesBetween(base, `${date}T00:00:00Z`, `${addDays(date, 1200)}T00:00:00Z`)
            .slice(1, 1 + r.exdateCount)
            .map((o) => o.localStart)
        : [];
      return { ...base, exdates: starts };
    });

  it('gives back the events written: titles, times, zones, rules and left-out dates', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 4 }), (written) => {
        const feed = icsCalendar({ name: 'Tandem', events: written, now: '2026-03-01T00:00:00Z' });
        const { events, skipped } = readIcs(feed, 'Asia/Tokyo');
        expect(skipped).toEqual([]);
        expect(events).toHaveLength(written.length);
        written.forEach((w, i) => {
          const read = events[i]!;
          expect(read).toMatchObject({
            uid: `${w.id}@tandem`,
            title: w.title.replace(/\r\n|\r/g, '\n'),
            description: w.description ?? '',
            allDay: w.allDay,
            start: w.start,
            end: w.end,
            // An all-day event is days, in no zone: it takes the importer's.
            timeZone: w.allDay ? 'Asia/Tokyo' : w.timeZone,
            exdates: w.exdates,
          });
          // The rule is the one written, UNTIL aside (written in the form RFC 5545 asks for),
          // and a COUNT written as UNTIL where the start is not one of the rule's weekdays.
          const strip = (rule: string | null) => rule?.replace(/;(UNTIL|COUNT)=[^;]*/, '');
          expect(strip(read.rrule)).toBe(strip(w.rrule));
          const first = w.start.slice(0, 10);
          const window = [`${addDays(first, -1)}T00:00:00Z`, `${addDays(first, 500)}T00:00:00Z`];
          // Local starts well inside the window, whichever zone places the days.
          const local = (e: CalendarEvent) =>
            occurrencesBetween(e, window[0]!, window[1]!)
              .map((o) => o.localStart)
              .filter((start) => start < addDays(first, 498));
          expect(local(asEvent(read))).toEqual(local(w));
          if (!w.allDay) {
            const at = (e: CalendarEvent) =>
              occurrencesBetween(e, window[0]!, window[1]!).map((o) => [o.start, o.end]);
            expect(at(asEvent(read))).toEqual(at(w));
          }
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('windows-zones', () => {
  it('maps every Windows name to a zone the platform knows', () => {
    for (const [windows, iana] of windowsZoneNames) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: iana }), windows).not.toThrow();
    }
  });

  it('maps the names Outlook writes most, in any case', () => {
    expect(ianaZoneForWindowsName('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(ianaZoneForWindowsName('eastern standard time')).toBe('America/New_York');
    expect(ianaZoneForWindowsName('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(ianaZoneForWindowsName('GMT Standard Time')).toBe('Europe/London');
    expect(ianaZoneForWindowsName('Romance Standard Time')).toBe('Europe/Paris');
    expect(ianaZoneForWindowsName('Central Europe Standard Time')).toBe('Europe/Budapest');
    expect(ianaZoneForWindowsName('AUS Eastern Standard Time')).toBe('Australia/Sydney');
    expect(ianaZoneForWindowsName('India Standard Time')).toBe('Asia/Kolkata');
    expect(ianaZoneForWindowsName('Tokyo Standard Time')).toBe('Asia/Tokyo');
    expect(ianaZoneForWindowsName('Customized Time Zone')).toBeNull();
  });
});
