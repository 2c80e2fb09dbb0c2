import fc from 'fast-check';
import { RRule } from 'rrule';
import { describe, expect, it } from 'vitest';
import { addDays } from '../local-date';
import { dueDateAfterCompletion, dueDateBefore, dueDateFrom, dueDatesBetween } from './due-dates';

const day = fc.integer({ min: 0, max: 365 * 12 }).map((offset) => addDays('2020-01-01', offset));

const rule = fc.oneof(
  fc.record({
    freq: fc.constantFrom('DAILY', 'MONTHLY', 'YEARLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    byDay: fc.constant([] as string[]),
  }),
  fc.record({
    freq: fc.constant('WEEKLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    byDay: fc.subarray(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']),
  }),
);

const rruleText = (r: { freq: string; interval: number; byDay: string[] }) =>
  `FREQ=${r.freq}` +
  (r.interval > 1 ? `;INTERVAL=${r.interval}` : '') +
  (r.byDay.length > 0 ? `;BYDAY=${r.byDay.join(',')}` : '');

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** The rrule package, an independent reading of RFC 5545, as the oracle. */
function oracle(rrule: string, first: string, from: string, to: string): string[] {
  const parsed = RRule.parseString(rrule);
  const all = new RRule({ ...parsed, dtstart: utc(first), wkst: RRule.MO });
  return all.between(utc(from), utc(to), true).map((d) => d.toISOString().slice(0, 10));
}

describe('dueDatesBetween', () => {
  it('agrees with an independent RFC 5545 implementation', () => {
    fc.assert(
      fc.property(rule, day, day, fc.integer({ min: 0, max: 400 }), (r, first, from, length) => {
        const text = rruleText(r);
        const to = addDays(from, length);
        // With weekdays named, RFC 5545 leaves a first date off those days undefined.
        const synced = r.byDay.length === 0 || dueDatesBetween(text, first, first, first).length;
        fc.pre(Boolean(synced));
        expect(dueDatesBetween(text, first, from, to)).toEqual(oracle(text, first, from, to));
      }),
      { numRuns: 400 },
    );
  });

  it('skips months without the day, as RFC 5545 does', () => {
    expect(dueDatesBetween('FREQ=MONTHLY', '2026-01-31', '2026-01-01', '2026-06-30')).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
    ]);
    expect(dueDatesBetween('FREQ=YEARLY', '2024-02-29', '2024-01-01', '2032-12-31')).toEqual([
      '2024-02-29',
      '2028-02-29',
      '2032-02-29',
    ]);
  });

  it('has a one-off due on its date only', () => {
    expect(dueDatesBetween(null, '2026-05-04', '2026-05-01', '2026-05-31')).toEqual(['2026-05-04']);
    expect(dueDatesBetween(null, '2026-05-04', '2026-05-05', '2026-05-31')).toEqual([]);
  });
});

describe('dueDateBefore and dueDateFrom', () => {
  it('find the neighbours of a day among the due dates', () => {
    fc.assert(
      fc.property(rule, day, day, (r, first, today) => {
        const text = rruleText(r);
        const before = dueDateBefore(text, first, today);
        const from = dueDateFrom(text, first, today);
        expect(from).not.toBeNull();
        expect(from! >= today && from! >= first).toBe(true);
        if (before) expect(before < today).toBe(true);
        // Nothing due strictly between them.
        const between = dueDatesBetween(
          text,
          first,
          addDays(before ?? first, 1),
          addDays(from!, -1),
        );
        expect(between.filter((d) => d !== first || before !== null)).toEqual([]);
        if (before) expect(dueDatesBetween(text, first, before, before)).toEqual([before]);
        expect(dueDatesBetween(text, first, from!, from!)).toEqual([from]);
      }),
      { numRuns: 300 },
    );
  });

  it('look past the months a "31st" skips', () => {
    expect(dueDateBefore('FREQ=MONTHLY', '2026-01-31', '2026-05-01')).toBe('2026-03-31');
    expect(dueDateFrom('FREQ=MONTHLY', '2026-01-31', '2026-04-01')).toBe('2026-05-31');
    expect(dueDateBefore('FREQ=YEARLY', '2024-02-29', '2027-06-01')).toBe('2024-02-29');
    expect(dueDateBefore(null, '2026-05-04', '2026-05-04')).toBeNull();
  });
});

describe('dueDateAfterCompletion', () => {
  it('counts one period from the day it was done', () => {
    expect(dueDateAfterCompletion('FREQ=DAILY;INTERVAL=3', '2026-03-01')).toBe('2026-03-04');
    expect(dueDateAfterCompletion('FREQ=WEEKLY;INTERVAL=2', '2026-03-01')).toBe('2026-03-15');
    expect(dueDateAfterCompletion('FREQ=MONTHLY', '2026-01-31')).toBe('2026-02-28');
    expect(dueDateAfterCompletion('FREQ=YEARLY', '2024-02-29')).toBe('2025-02-28');
  });

  it('moves on to the next named weekday', () => {
    // 2026-03-04 is a Wednesday; a week later is Wednesday the 11th; next Friday is the 13th.
    expect(dueDateAfterCompletion('FREQ=WEEKLY;BYDAY=MO,FR', '2026-03-04')).toBe('2026-03-13');
    expect(dueDateAfterCompletion('FREQ=WEEKLY;BYDAY=WE', '2026-03-04')).toBe('2026-03-11');
  });

  it('is never on or before the day it was done', () => {
    fc.assert(
      fc.property(rule, day, (r, doneOn) => {
        expect(dueDateAfterCompletion(rruleText(r), doneOn) > doneOn).toBe(true);
      }),
    );
  });
});
