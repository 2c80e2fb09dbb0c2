import fc from 'fast-check';
import { RRule } from 'rrule';
import { describe, expect, it } from 'vitest';
import { wallClockIn } from '../connection/quiet-hours';
import { instantAt } from '../connection/weekly-meeting';
import { addDays, localDateIn } from '../local-date';
import {
  type EventRule,
  expandEventRule,
  isSupportedEventRule,
  parseEventRule,
  zonedInstant,
} from './event-recurrence';

const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const weekdayOf = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
const day = fc.integer({ min: 0, max: 365 * 10 }).map((offset) => addDays('2020-01-01', offset));
const time = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** An event start: all-day ('YYYY-MM-DD') or timed ('YYYY-MM-DDTHH:MM'). */
const start = fc.tuple(day, fc.option(time)).map(([d, t]) => (t === null ? d : `${d}T${t}`));

const compact = (local: string) => local.replace(/[-:]/g, '');

/**
 * A rule as text, with BYDAY naming the start's weekday (a start "synchronized with the rule",
 * the only case RFC 5545 defines) and an end: none, COUNT, or UNTIL after the start. A date
 * UNTIL goes with all-day starts only: on a timed one the app reads it as the whole day, where
 * the rrule package reads midnight UTC.
 */
const ruleFor = (first: string) =>
  fc
    .record({
      freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
      interval: fc.integer({ min: 1, max: 4 }),
      byDay: fc.subarray(weekdayCodes),
      end: fc.constantFrom('none', 'count', 'until'),
      count: fc.integer({ min: 1, max: 30 }),
      untilDays: fc.integer({ min: 1, max: 800 }),
      untilTime: time,
      untilUtc: fc.boolean(),
    })
    .map((r) => {
      const parts = [`FREQ=${r.freq}`];
      if (r.interval > 1) parts.push(`INTERVAL=${r.interval}`);
      if (r.freq === 'WEEKLY' && r.byDay.length > 0) {
        const own = weekdayCodes[weekdayOf(first.slice(0, 10))]!;
        parts.push(`BYDAY=${[...new Set([...r.byDay, own])].join(',')}`);
      }
      if (r.end === 'count') parts.push(`COUNT=${r.count}`);
      if (r.end === 'until') {
        const untilDay = compact(addDays(first.slice(0, 10), r.untilDays));
        parts.push(
          first.length === 10 && !r.untilUtc
            ? `UNTIL=${untilDay}`
            : `UNTIL=${untilDay}T${compact(r.untilTime)}00${r.untilUtc ? 'Z' : ''}`,
        );
      }
      return parts.join(';');
    });

/** The rrule package, an independent reading of RFC 5545, on floating times written as UTC. */
function oracle(rrule: string, first: string, from: string, to: string): string[] {
  const utc = (local: string) => new Date(`${local.length === 10 ? `${local}T00:00` : local}Z`);
  const all = new RRule({ ...RRule.parseString(rrule), dtstart: utc(first), wkst: RRule.MO });
  return all
    .between(utc(from), new Date(`${to}T23:59:59Z`), true)
    .map((d) => d.toISOString().slice(0, first.length));
}

const expand = (rrule: string, first: string, from: string, to: string) =>
  expandEventRule(parseEventRule(rrule), first, { from, to, timeZone: 'UTC', limit: 10_000 });

describe('parseEventRule', () => {
  it('reads the supported subset', () => {
    expect(parseEventRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=SU,MO;COUNT=10;WKST=SU')).toEqual({
      freq: 'WEEKLY',
      interval: 2,
      byDay: [0, 6],
      count: 10,
      until: null,
    } satisfies EventRule);
    expect(parseEventRule('freq=daily;until=20261231').until).toEqual({
      kind: 'date',
      date: '2026-12-31',
    });
    expect(parseEventRule('FREQ=MONTHLY;UNTIL=20261231T183000Z').until).toEqual({
      kind: 'utc',
      instant: '2026-12-31T18:30:00.000Z',
    });
    expect(parseEventRule('FREQ=YEARLY;UNTIL=20261231T183000;').until).toEqual({
      kind: 'floating',
      dateTime: '2026-12-31T18:30:00',
    });
  });

  it.each([
    ['', /needs FREQ/],
    ['FREQ=HOURLY', /FREQ=HOURLY is not supported/],
    ['FREQ=MONTHLY;BYDAY=MO', /BYDAY is supported on weekly rules only/],
    ['FREQ=WEEKLY;BYDAY=1MO', /"1MO" is not a weekday/],
    ['FREQ=MONTHLY;BYMONTHDAY=15', /BYMONTHDAY is not supported/],
    ['FREQ=DAILY;COUNT=3;UNTIL=20260101', /not both/],
    ['FREQ=DAILY;INTERVAL=0', /INTERVAL=0/],
    ['FREQ=DAILY;INTERVAL=1.5', /INTERVAL=1.5/],
    ['FREQ=DAILY;INTERVAL=1001', /INTERVAL can be at most/],
    ['FREQ=DAILY;COUNT=-1', /COUNT=-1/],
    ['FREQ=DAILY;UNTIL=20260230', /UNTIL=20260230/],
    ['FREQ=DAILY;UNTIL=20261301', /UNTIL=20261301/],
    ['FREQ=DAILY;UNTIL=20260101T240000Z', /UNTIL=20260101T240000Z/],
    ['FREQ=DAILY;UNTIL=2026-01-01', /UNTIL=2026-01-01/],
    ['FREQ=DAILY;FREQ=WEEKLY', /more than once/],
    ['FREQ=DAILY;WKST=XX', /WKST=XX/],
    ['FREQ', /NAME=VALUE/],
  ])('refuses %j with a message', (rrule, message) => {
    expect(() => parseEventRule(rrule)).toThrow(message);
    expect(isSupportedEventRule(rrule)).toBe(false);
  });

  it('accepts every rule the app writes', () => {
    fc.assert(
      fc.property(start.chain(ruleFor), (rrule) => {
        expect(isSupportedEventRule(rrule)).toBe(true);
      }),
    );
  });
});

describe('expandEventRule', () => {
  it('agrees with an independent RFC 5545 implementation', () => {
    fc.assert(
      fc.property(
        start.chain((first) => fc.tuple(fc.constant(first), ruleFor(first))),
        day,
        fc.integer({ min: 0, max: 400 }),
        ([first, rrule], from, length) => {
          const to = addDays(from, length);
          expect(expand(rrule, first, from, to)).toEqual(oracle(rrule, first, from, to));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('always has the start as its first occurrence, counted by COUNT', () => {
    // RFC 5545 leaves a start off the rule's weekdays undefined; the app keeps the event itself.
    fc.assert(
      fc.property(
        day,
        fc.subarray(weekdayCodes, { minLength: 1 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (first, byDay, interval, count) => {
          fc.pre(!byDay.includes(weekdayCodes[weekdayOf(first)]!));
          const rule = `FREQ=WEEKLY;INTERVAL=${interval};BYDAY=${byDay.join(',')}`;
          const to = addDays(first, 7 * 4 * 25);
          const rest = count > 1 ? oracle(`${rule};COUNT=${count - 1}`, first, first, to) : [];
          expect(expand(`${rule};COUNT=${count}`, first, first, to)).toEqual([first, ...rest]);
        },
      ),
    );
    expect(expand('FREQ=DAILY;UNTIL=20250101', '2026-05-04', '2026-01-01', '2026-12-31')).toEqual([
      '2026-05-04',
    ]);
  });

  it('counts COUNT from the start however late the days asked for', () => {
    expect(expand('FREQ=WEEKLY;COUNT=10', '2026-01-05T19:00', '2026-03-01', '2026-12-31')).toEqual([
      '2026-03-02T19:00',
      '2026-03-09T19:00',
    ]);
    // Past the 400 years after which the Gregorian calendar repeats, for days some months lack,
    // up to the end of the series, where a miscount would show.
    for (const [rrule, first, from, to] of [
      ['FREQ=MONTHLY;COUNT=4000', '2026-01-31', '2500-01-01', '2700-12-31'],
      ['FREQ=MONTHLY;INTERVAL=5;COUNT=2000', '2026-01-30T09:00', '2900-01-01', '2999-12-31'],
      ['FREQ=YEARLY;COUNT=200', '2024-02-29', '2430-01-01', '2999-12-31'],
    ] as const) {
      const late = expand(rrule, first, from, to);
      expect(late.length).toBeGreaterThan(0);
      expect(late).toEqual(oracle(rrule, first, from, to));
      expect(late.at(-1)! < to).toBe(true);
    }
  });

  it('skips months without the day and non-leap years for 29 February, as RFC 5545 does', () => {
    expect(expand('FREQ=MONTHLY', '2026-01-31T08:00', '2026-01-01', '2026-06-30')).toEqual([
      '2026-01-31T08:00',
      '2026-03-31T08:00',
      '2026-05-31T08:00',
    ]);
    expect(expand('FREQ=YEARLY', '2024-02-29', '2024-01-01', '2032-12-31')).toEqual([
      '2024-02-29',
      '2028-02-29',
      '2032-02-29',
    ]);
  });

  it('reads a date UNTIL as the whole of that day', () => {
    expect(
      expand('FREQ=DAILY;UNTIL=20260503', '2026-05-01T19:00', '2026-05-01', '2026-05-31'),
    ).toEqual(['2026-05-01T19:00', '2026-05-02T19:00', '2026-05-03T19:00']);
  });

  it('places a UTC UNTIL in the event’s zone', () => {
    const rule = parseEventRule('FREQ=DAILY;UNTIL=20260503T170000Z');
    const range = { from: '2026-05-01', to: '2026-05-31', limit: 10_000 };
    // 19:00 in Berlin (summer) is 17:00 UTC, in New York 23:00 UTC.
    expect(
      expandEventRule(rule, '2026-05-01T19:00', { ...range, timeZone: 'Europe/Berlin' }),
    ).toHaveLength(3);
    expect(
      expandEventRule(rule, '2026-05-01T19:00', { ...range, timeZone: 'America/New_York' }),
    ).toHaveLength(2);
  });

  it('stops at the limit', () => {
    const rule = parseEventRule('FREQ=DAILY');
    const range = { from: '2026-01-01', to: '9999-12-31', timeZone: 'UTC', limit: 10 };
    expect(expandEventRule(rule, '2020-01-01', range)).toHaveLength(10);
  });
});

describe('zonedInstant', () => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Pacific/Auckland',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Asia/Kolkata',
  ];

  it('takes a skipped time with the offset before the gap, a repeated one the first time', () => {
    // Berlin skips 02:00–03:00 on 2026-03-29 and passes 02:00–03:00 twice on 2026-10-25.
    expect(zonedInstant('Europe/Berlin', '2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('Europe/Berlin', '2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
    // RFC 5545's own examples, in New York.
    expect(zonedInstant('America/New_York', '2007-03-11T02:30')).toBe('2007-03-11T07:30:00.000Z');
    expect(zonedInstant('America/New_York', '2007-11-04T01:30')).toBe('2007-11-04T05:30:00.000Z');
    // Lord Howe moves its clocks by half an hour: 02:15 on 2026-10-04 is 02:45 daylight time.
    expect(zonedInstant('Australia/Lord_Howe', '2026-10-04T02:15')).toBe(
      '2026-10-03T15:45:00.000Z',
    );
  });

  it('finds the first instant showing a wall-clock time that exists', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3 * 365 * 24 * 4 }),
        (zone, quarters) => {
          const instant = new Date(Date.UTC(2025, 0, 1) + quarters * 15 * 60_000);
          const local = `${localDateIn(zone, instant)}T${wallClockIn(zone, instant)}`;
          const found = new Date(zonedInstant(zone, local));
          expect(`${localDateIn(zone, found)}T${wallClockIn(zone, found)}`).toBe(local);
          expect(found.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(instant.getTime() - found.getTime()).toBeLessThanOrEqual(3_600_000);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('agrees with the weekly meeting’s instantAt', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), day, time, (zone, date, clock) => {
        expect(zonedInstant(zone, `${date}T${clock}`)).toBe(instantAt(zone, date, clock));
      }),
      { numRuns: 500 },
    );
  });
});
