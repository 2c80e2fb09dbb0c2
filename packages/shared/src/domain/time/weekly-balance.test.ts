import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, startOfDayIn } from '../local-date';
import { type CalendarEvent, type EventKind, eventKinds } from './calendar-event';
import { balanceGaps, weekOf, weeklyBalance } from './weekly-balance';

const HOUR = 3_600_000;
const hoursOf = (week: { start: string; end: string }) =>
  (Date.parse(week.end) - Date.parse(week.start)) / HOUR;
const zones = ['Europe/Berlin', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'];

/** Days around the 2026 clock changes of those zones, so that many weeks have one. */
const day = fc.oneof(
  fc.integer({ min: 0, max: 45 }).map((n) => addDays('2026-02-25', n)),
  fc.integer({ min: 0, max: 30 }).map((n) => addDays('2026-09-20', n)),
  fc.integer({ min: 0, max: 30 }).map((n) => addDays('2026-10-15', n)),
);
const wallPlus = (local: string, minutes: number) =>
  new Date(Date.parse(`${local}Z`) + minutes * 60_000).toISOString().slice(0, 16);

const event = fc
  .record({
    kind: fc.constantFrom(...eventKinds),
    participantIds: fc.subarray(['a', 'b'], { minLength: 1 }),
    timeZone: fc.constantFrom(...zones),
    allDay: fc.constantFrom(false, false, false, true),
    day,
    hour: fc.integer({ min: 0, max: 23 }),
    minutes: fc.integer({ min: 15, max: 30 * 60 }),
    rrule: fc.constantFrom(null, 'FREQ=DAILY', 'FREQ=WEEKLY', 'FREQ=WEEKLY;BYDAY=MO,SU;COUNT=5'),
  })
  .map((e): CalendarEvent => {
    const start = `${e.day}T${String(e.hour).padStart(2, '0')}:00`;
    return {
      id: 'e',
      title: 'An event',
      kind: e.kind,
      participantIds: e.participantIds,
      allDay: e.allDay,
      start: e.allDay ? e.day : start,
      end: e.allDay ? e.day : wallPlus(start, e.minutes),
      timeZone: e.timeZone,
      rrule: e.rrule,
      exdates: [],
      protected: false,
    };
  });
const events = fc.array(event, { maxLength: 8 });
const week = fc.tuple(fc.constantFrom(...zones), day).map(([zone, date]) => weekOf(zone, date));

const balanceOf = (memberId: string, w: { start: string; end: string }, list: CalendarEvent[]) =>
  weeklyBalance({ memberId, week: { start: w.start, end: w.end }, events: list });

describe('weekOf', () => {
  it('starts on Monday in the member’s own zone, and lasts 167 or 169 hours across a change', () => {
    expect(weekOf('Europe/Berlin', '2026-03-29')).toEqual({
      start: '2026-03-22T23:00:00.000Z',
      end: '2026-03-29T22:00:00.000Z',
      firstDay: '2026-03-23',
    });
    expect(hoursOf(weekOf('Europe/Berlin', '2026-10-25'))).toBe(169);
    // New York changes its clocks on other Sundays than Berlin.
    expect(weekOf('America/New_York', '2026-03-08')).toEqual({
      start: '2026-03-02T05:00:00.000Z',
      end: '2026-03-09T04:00:00.000Z',
      firstDay: '2026-03-02',
    });
    expect(hoursOf(weekOf('America/New_York', '2026-03-29'))).toBe(168);
    expect(hoursOf(weekOf('America/New_York', '2026-11-01'))).toBe(169);
    expect(weekOf('America/New_York', '2026-11-02').firstDay).toBe('2026-11-02');
  });

  it('holds the day, and weeks follow each other without gaps', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), day, (zone, date) => {
        const w = weekOf(zone, date);
        expect(new Date(`${w.firstDay}T00:00:00Z`).getUTCDay()).toBe(1);
        expect(date >= w.firstDay && date <= addDays(w.firstDay, 6)).toBe(true);
        expect(w.start).toBe(startOfDayIn(zone, w.firstDay));
        expect(weekOf(zone, addDays(w.firstDay, 7)).start).toBe(w.end);
        expect([167, 168, 169]).toContain(hoursOf(w));
      }),
    );
  });
});

describe('weeklyBalance', () => {
  const call: CalendarEvent = {
    id: 'call',
    title: 'Video call',
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
  const zero: Record<EventKind, number> = { together: 0, solo: 0, social: 0, family: 0, work: 0 };

  it('counts each member’s own week, in their own zone', () => {
    for (const [member, zone] of [
      ['berlin', 'Europe/Berlin'],
      ['new-york', 'America/New_York'],
    ] as const) {
      for (const date of ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01']) {
        expect(balanceOf(member, weekOf(zone, date), [call])).toEqual({ ...zero, together: 120 });
      }
    }
    // A New York evening is a Berlin Monday morning: it falls in the next Berlin week.
    const evening = { ...call, start: '2026-03-15T20:00', end: '2026-03-15T21:00', rrule: null };
    const late = { ...evening, timeZone: 'America/New_York' };
    expect(balanceOf('new-york', weekOf('America/New_York', '2026-03-15'), [late]).together).toBe(
      60,
    );
    expect(balanceOf('berlin', weekOf('Europe/Berlin', '2026-03-15'), [late]).together).toBe(0);
    expect(balanceOf('berlin', weekOf('Europe/Berlin', '2026-03-16'), [late]).together).toBe(60);
  });

  it('counts nothing for someone not taking part, nor for all-day events', () => {
    const w = weekOf('Europe/Berlin', '2026-03-08');
    expect(balanceOf('someone-else', w, [call])).toEqual(zero);
    const inLaws = {
      ...call,
      kind: 'family' as const,
      allDay: true,
      start: '2026-03-07',
      end: '2026-03-08',
    };
    expect(balanceOf('berlin', w, [inLaws])).toEqual(zero);
  });

  it('counts overlapping events of one kind once, and each kind apart', () => {
    const w = weekOf('Europe/Berlin', '2026-03-08');
    const dinner = {
      ...call,
      id: 'dinner',
      start: '2026-03-07T20:00',
      end: '2026-03-07T22:00',
      rrule: null,
    };
    const film = { ...dinner, id: 'film', start: '2026-03-07T21:00', end: '2026-03-07T23:30' };
    expect(balanceOf('berlin', w, [dinner, film]).together).toBe(210);
    const work = { ...film, kind: 'work' as const };
    expect(balanceOf('berlin', w, [dinner, work])).toEqual({ ...zero, together: 120, work: 150 });
  });

  it('clips at the week’s edges, a whole DST week being 167 hours', () => {
    const lateNight = { ...call, start: '2026-03-22T23:00', end: '2026-03-23T01:00', rrule: null };
    expect(balanceOf('berlin', weekOf('Europe/Berlin', '2026-03-22'), [lateNight]).together).toBe(
      60,
    );
    expect(balanceOf('berlin', weekOf('Europe/Berlin', '2026-03-23'), [lateNight]).together).toBe(
      60,
    );
    const fortnight = {
      ...call,
      kind: 'work' as const,
      start: '2026-03-16T00:00',
      end: '2026-04-06T00:00',
      rrule: null,
    };
    expect(balanceOf('berlin', weekOf('Europe/Berlin', '2026-03-29'), [fortnight]).work).toBe(
      167 * 60,
    );
  });

  it('stays within the week, whatever the events', () => {
    fc.assert(
      fc.property(events, week, fc.constantFrom('a', 'b'), (list, w, member) => {
        const balance = balanceOf(member, w, list);
        for (const kind of eventKinds) {
          expect(balance[kind]).toBeGreaterThanOrEqual(0);
          expect(balance[kind]).toBeLessThanOrEqual(hoursOf(w) * 60);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never drops when an event is added, and ignores order, copies, others’ and all-day events', () => {
    fc.assert(
      fc.property(events, event, week, fc.constantFrom('a', 'b'), (list, extra, w, member) => {
        const before = balanceOf(member, w, list);
        const after = balanceOf(member, w, [...list, extra]);
        for (const kind of eventKinds) expect(after[kind]).toBeGreaterThanOrEqual(before[kind]);
        expect(balanceOf(member, w, [...list].reverse())).toEqual(before);
        const copies = list.map((e) => ({ ...e, id: `${e.id}-copy` }));
        expect(balanceOf(member, w, [...copies, ...list])).toEqual(before);
        const others = {
          ...extra,
          participantIds: extra.participantIds.filter((id) => id !== member),
        };
        expect(balanceOf(member, w, [...list, others])).toEqual(before);
        expect(balanceOf(member, w, [...list, { ...extra, allDay: true }])).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('adds up over consecutive weeks', () => {
    fc.assert(
      fc.property(events, week, fc.constantFrom('a', 'b'), (list, w, member) => {
        const next = {
          start: w.end,
          end: new Date(Date.parse(w.end) + 7 * 24 * HOUR).toISOString(),
        };
        const first = balanceOf(member, w, list);
        const second = balanceOf(member, next, list);
        const both = balanceOf(member, { start: w.start, end: next.end }, list);
        for (const kind of eventKinds) expect(first[kind] + second[kind]).toBe(both[kind]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('balanceGaps', () => {
  it('compares what was had with the wishes made, in the order of the kinds', () => {
    const actual = { together: 540, solo: 400, social: 0, family: 60, work: 2400 };
    expect(balanceGaps(actual, { work: 2400, together: 600, solo: 360 })).toEqual([
      { kind: 'together', actual: 540, wished: 600, gap: -60 },
      { kind: 'solo', actual: 400, wished: 360, gap: 40 },
      { kind: 'work', actual: 2400, wished: 2400, gap: 0 },
    ]);
    expect(balanceGaps(actual, {})).toEqual([]);
  });
});
