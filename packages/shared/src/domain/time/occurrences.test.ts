import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wallClockIn } from '../connection/quiet-hours';
import { instantAt } from '../connection/weekly-meeting';
import { addDays, localDateIn, startOfDayIn } from '../local-date';
import type { CalendarEvent, Occurrence } from './calendar-event';
import { maxOccurrencesPerCall, occurrencesBetween } from './occurrences';

const zones = [
  'Europe/Berlin',
  'America/New_York',
  'Pacific/Auckland',
  'Australia/Lord_Howe',
  'Asia/Kolkata',
  'UTC',
];
const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const HOUR = 3_600_000;

const day = fc.integer({ min: 0, max: 2 * 365 }).map((offset) => addDays('2025-01-01', offset));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** A wall-clock time plus some minutes, as wall-clock arithmetic (no zone involved). */
const wallPlus = (local: string, minutes: number) =>
  new Date(Date.parse(`${local}Z`) + minutes * 60_000).toISOString().slice(0, 16);
const wallMinutes = (from: string, to: string) =>
  (Date.parse(`${to}Z`) - Date.parse(`${from}Z`)) / 60_000;

const rule = fc.option(
  fc
    .record({
      freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
      interval: fc.integer({ min: 1, max: 4 }),
      byDay: fc.subarray(weekdayCodes),
      end: fc.constantFrom(
        '',
        ';COUNT=3',
        ';COUNT=17',
        ';UNTIL=20260615',
        ';UNTIL=20260301T120000Z',
      ),
    })
    .map(
      (r) =>
        `FREQ=${r.freq};INTERVAL=${r.interval}` +
        (r.freq === 'WEEKLY' && r.byDay.length > 0 ? `;BYDAY=${r.byDay.join(',')}` : '') +
        r.end,
    ),
);

const event = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    allDay: fc.boolean(),
    firstDay: day,
    time,
    minutes: fc.integer({ min: 15, max: 3 * 24 * 60 }),
    spanDays: fc.integer({ min: 0, max: 3 }),
    rrule: rule,
    exdateDays: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 5 }),
  })
  .map((e): CalendarEvent => {
    const start = e.allDay ? e.firstDay : `${e.firstDay}T${e.time}`;
    return {
      id: 'e1',
      title: 'An event',
      kind: 'together',
      participantIds: ['a', 'b'],
      allDay: e.allDay,
      start,
      end: e.allDay ? addDays(e.firstDay, e.spanDays) : wallPlus(start, e.minutes),
      timeZone: e.timeZone,
      rrule: e.rrule,
      exdates: e.exdateDays.map((n) => addDays(e.firstDay, n) + start.slice(10)),
      protected: false,
    };
  });

/** An event and a window of up to two months, from a little before its start to years after. */
const eventAndWindow = event.chain((e) =>
  fc
    .tuple(
      fc.integer({ min: -10 * 24 * 4, max: 2 * 365 * 24 * 4 }),
      fc.integer({ min: 1, max: 60 * 24 * 4 }),
    )
    .map(([at, length]) => {
      const from = ms(eventStartInstant(e)) + at * 15 * 60_000;
      const to = from + length * 15 * 60_000;
      return [e, { from: new Date(from).toISOString(), to: new Date(to).toISOString() }] as const;
    }),
);

const ms = (iso: string) => Date.parse(iso);
const overlaps = (o: Occurrence, from: string, to: string) =>
  ms(o.start) < ms(to) && (ms(o.end) > ms(from) || ms(o.start) >= ms(from));
const hasNoClockChange = (zone: string, date: string) =>
  ms(startOfDayIn(zone, addDays(date, 1))) - ms(startOfDayIn(zone, date)) === 24 * HOUR;
const wallOf = (zone: string, instant: string) =>
  `${localDateIn(zone, new Date(instant))}T${wallClockIn(zone, new Date(instant))}`;
const eventStartInstant = (e: CalendarEvent) =>
  e.allDay
    ? startOfDayIn(e.timeZone, e.start)
    : instantAt(e.timeZone, e.start.slice(0, 10), e.start.slice(11));

describe('occurrencesBetween', () => {
  it('gives occurrences in order, overlapping the window, at the event’s wall-clock times', () => {
    fc.assert(
      fc.property(eventAndWindow, ([e, { from, to }]) => {
        const found = occurrencesBetween(e, from, to);
        const zone = e.timeZone;
        found.forEach((o, i) => {
          expect(overlaps(o, from, to)).toBe(true);
          expect(e.exdates).not.toContain(o.localStart);
          expect(o.localStart.slice(10)).toBe(e.start.slice(10));
          if (i > 0) {
            expect(ms(o.start)).toBeGreaterThan(ms(found[i - 1]!.start));
            expect(o.localStart > found[i - 1]!.localStart).toBe(true);
          }
          const date = o.localStart.slice(0, 10);
          if (e.allDay) {
            expect(o.start).toBe(startOfDayIn(zone, date));
            expect(o.end).toBe(
              startOfDayIn(zone, addDays(date, 1 + wallMinutes(e.start, e.end) / 1440)),
            );
            return;
          }
          const localEnd = wallPlus(o.localStart, wallMinutes(e.start, e.end));
          // instantAt, written for the weekly meeting, is the independent reading of a wall clock.
          expect(o.start).toBe(instantAt(zone, date, e.start.slice(11)));
          expect(ms(o.end)).toBe(
            Math.max(ms(o.start), ms(instantAt(zone, localEnd.slice(0, 10), localEnd.slice(11)))),
          );
          // Off the days the clocks change, the wall clock shows exactly the event's times, so
          // the occurrence lasts the event's wall-clock minutes; across a change, within an hour.
          if (hasNoClockChange(zone, date)) expect(wallOf(zone, o.start)).toBe(o.localStart);
          if (hasNoClockChange(zone, localEnd.slice(0, 10)))
            expect(wallOf(zone, o.end)).toBe(localEnd);
          if (hasNoClockChange(zone, date) && hasNoClockChange(zone, localEnd.slice(0, 10))) {
            expect(wallMinutes(wallOf(zone, o.start), wallOf(zone, o.end))).toBe(
              wallMinutes(e.start, e.end),
            );
          }
          expect(
            Math.abs(ms(o.end) - ms(o.start) - wallMinutes(e.start, e.end) * 60_000),
          ).toBeLessThanOrEqual(HOUR);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives in a late window just what the whole series has there, COUNT included', () => {
    fc.assert(
      fc.property(eventAndWindow, ([e, { from, to }]) => {
        const beginning = new Date(ms(eventStartInstant(e)) - 4 * 24 * HOUR).toISOString();
        const all = occurrencesBetween(e, beginning, to);
        expect(occurrencesBetween(e, from, to)).toEqual(all.filter((o) => overlaps(o, from, to)));
      }),
      { numRuns: 300 },
    );
  });

  it('has exactly COUNT occurrences in all, less the exdates', () => {
    fc.assert(
      fc.property(event, fc.integer({ min: 1, max: 40 }), (e, count) => {
        const counted = {
          ...e,
          rrule: `${e.rrule?.replace(/;(COUNT|UNTIL)=.*$/, '') ?? 'FREQ=DAILY'};COUNT=${count}`,
        };
        const from = new Date(ms(eventStartInstant(e)) - 4 * 24 * HOUR).toISOString();
        const all = occurrencesBetween({ ...counted, exdates: [] }, from, '3025-01-01T00:00:00Z');
        expect(all).toHaveLength(count);
        expect(all[0]!.localStart).toBe(e.start);
        expect(occurrencesBetween(counted, from, '3025-01-01T00:00:00Z')).toEqual(
          all.filter((o) => !e.exdates.includes(o.localStart)),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('has a one-off happen once', () => {
    fc.assert(
      fc.property(event, (e) => {
        const once = { ...e, rrule: null, exdates: [] };
        const from = new Date(ms(eventStartInstant(e)) - 4 * 24 * HOUR).toISOString();
        expect(occurrencesBetween(once, from, '2030-01-01T00:00:00Z')).toHaveLength(1);
      }),
    );
  });

  it('refuses an unsupported rule and caps the number of occurrences', () => {
    const daily: CalendarEvent = {
      id: 'd',
      title: 'Walk',
      kind: 'together',
      participantIds: ['a'],
      allDay: false,
      start: '2026-01-01T07:00',
      end: '2026-01-01T07:30',
      timeZone: 'Europe/Berlin',
      rrule: 'FREQ=DAILY',
      exdates: [],
      protected: false,
    };
    expect(() =>
      occurrencesBetween(
        { ...daily, rrule: 'FREQ=MINUTELY' },
        '2026-01-01T00:00:00Z',
        '2026-02-01T00:00:00Z',
      ),
    ).toThrow(/FREQ=MINUTELY/);
    expect(occurrencesBetween(daily, '2026-01-01T00:00:00Z', '2126-01-01T00:00:00Z')).toHaveLength(
      maxOccurrencesPerCall,
    );
    expect(occurrencesBetween(daily, '2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z')).toEqual([]);
  });
});

describe('daylight-saving changes, with partners in two zones', () => {
  // Sunday evenings in Berlin: clocks go forward on 2026-03-29 and back on 2026-10-25.
  const sundayEvening: CalendarEvent = {
    id: 'call',
    title: 'Sunday call',
    kind: 'together',
    participantIds: ['berlin', 'new-york'],
    allDay: false,
    start: '2026-03-01T19:00',
    end: '2026-03-01T21:00',
    timeZone: 'Europe/Berlin',
    rrule: 'FREQ=WEEKLY;BYDAY=SU',
    exdates: [],
    protected: false,
  };
  const spans = (found: Occurrence[]) => found.map((o) => `${o.start}–${o.end}`);

  it('keeps 19:00–21:00 in Berlin on both sides of each change', () => {
    const spring = occurrencesBetween(
      sundayEvening,
      '2026-03-21T00:00:00Z',
      '2026-04-01T00:00:00Z',
    );
    expect(spans(spring)).toEqual([
      '2026-03-22T18:00:00.000Z–2026-03-22T20:00:00.000Z',
      '2026-03-29T17:00:00.000Z–2026-03-29T19:00:00.000Z',
    ]);
    const autumn = occurrencesBetween(
      sundayEvening,
      '2026-10-17T00:00:00Z',
      '2026-10-27T00:00:00Z',
    );
    expect(spans(autumn)).toEqual([
      '2026-10-18T17:00:00.000Z–2026-10-18T19:00:00.000Z',
      '2026-10-25T18:00:00.000Z–2026-10-25T20:00:00.000Z',
    ]);
    expect(autumn.map((o) => o.localStart)).toEqual(['2026-10-18T19:00', '2026-10-25T19:00']);
  });

  it('is the same instants seen from New York, whose clocks change on other dates', () => {
    // New York's weeks around its own changes (2026-03-08, 2026-11-01), as the partner there sees them.
    const fromNewYork = (start: string, end: string) =>
      occurrencesBetween(sundayEvening, start, end).map((o) => wallOf('America/New_York', o.start));
    const march = occurrencesBetween(sundayEvening, '2026-03-01T05:00:00Z', '2026-04-06T04:00:00Z');
    expect(spans(march)).toEqual(
      spans(occurrencesBetween(sundayEvening, '2026-03-01T00:00:00Z', '2026-04-06T00:00:00Z')),
    );
    // Berlin 19:00 is 13:00 in New York, except the three weeks New York is already on summer time.
    expect(fromNewYork('2026-03-01T05:00:00Z', '2026-04-06T04:00:00Z')).toEqual([
      '2026-03-01T13:00',
      '2026-03-08T14:00',
      '2026-03-15T14:00',
      '2026-03-22T14:00',
      '2026-03-29T13:00',
      '2026-04-05T13:00',
    ]);
    // Berlin falls back a week before New York: that week the call is at noon there.
    expect(fromNewYork('2026-10-18T04:00:00Z', '2026-11-09T05:00:00Z')).toEqual([
      '2026-10-18T13:00',
      '2026-10-25T14:00',
      '2026-11-01T13:00',
      '2026-11-08T13:00',
    ]);
  });

  it('moves a time the clocks skip forward, and takes the first of a time they repeat', () => {
    const night = { ...sundayEvening, start: '2026-03-01T02:30', end: '2026-03-01T03:30' };
    const [spring] = occurrencesBetween(night, '2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z');
    // 02:30 does not exist that night: it is read as 03:30 summer time; 03:30 exists.
    expect(spring).toMatchObject({
      start: '2026-03-29T01:30:00.000Z',
      end: '2026-03-29T01:30:00.000Z',
    });
    const [autumn] = occurrencesBetween(night, '2026-10-25T00:00:00Z', '2026-10-26T00:00:00Z');
    // 02:30 happens twice: the first (summer time); 03:30 once, in winter time: two hours.
    expect(autumn).toMatchObject({
      start: '2026-10-25T00:30:00.000Z',
      end: '2026-10-25T02:30:00.000Z',
    });
  });

  it('lasts an hour less or more when a timed event spans the change', () => {
    const overnight = {
      ...sundayEvening,
      start: '2026-03-28T20:00',
      end: '2026-03-29T10:00',
      rrule: null,
    };
    const [o] = occurrencesBetween(overnight, '2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z');
    expect(o).toMatchObject({ start: '2026-03-28T19:00:00.000Z', end: '2026-03-29T08:00:00.000Z' });
  });

  it('runs an all-day event in Auckland from midnight to midnight, 25 or 23 hours', () => {
    // Auckland leaves summer time on 2026-04-05 and enters it on 2026-09-27, both Sundays.
    const sundays: CalendarEvent = {
      ...sundayEvening,
      allDay: true,
      start: '2026-03-29',
      end: '2026-03-29',
      timeZone: 'Pacific/Auckland',
      exdates: ['2026-04-12'],
    };
    const april = occurrencesBetween(sundays, '2026-04-01T00:00:00Z', '2026-04-20T00:00:00Z');
    expect(spans(april)).toEqual([
      '2026-04-04T11:00:00.000Z–2026-04-05T12:00:00.000Z',
      '2026-04-18T12:00:00.000Z–2026-04-19T12:00:00.000Z',
    ]);
    const [september] = occurrencesBetween(sundays, '2026-09-27T00:00:00Z', '2026-09-27T01:00:00Z');
    expect(september).toMatchObject({
      localStart: '2026-09-27',
      start: '2026-09-26T12:00:00.000Z',
      end: '2026-09-27T11:00:00.000Z',
    });
  });
});
