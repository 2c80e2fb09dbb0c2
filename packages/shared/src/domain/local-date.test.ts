import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, calendarPeriods, daysFrom, localDateIn, startOfDayIn } from './local-date';

describe('localDateIn', () => {
  it('gives the calendar day in the person’s own zone', () => {
    const instant = new Date('2026-03-29T23:30:00Z');
    expect(localDateIn('UTC', instant)).toBe('2026-03-29');
    expect(localDateIn('Europe/Berlin', instant)).toBe('2026-03-30');
    expect(localDateIn('America/Los_Angeles', instant)).toBe('2026-03-29');
    expect(localDateIn('Pacific/Kiritimati', new Date('2026-01-01T09:59:00Z'))).toBe('2026-01-01');
    expect(localDateIn('Pacific/Pago_Pago', new Date('2026-01-01T09:59:00Z'))).toBe('2025-12-31');
  });
});

describe('addDays and daysFrom', () => {
  it('round-trip and count days across month, year and DST boundaries', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: -400, max: 400 }), (start, n) => {
        expect(addDays(addDays(start, n), -n)).toBe(start);
        const [from, to] = n >= 0 ? [start, addDays(start, n)] : [addDays(start, n), start];
        const days = daysFrom(from, to);
        expect(days).toHaveLength(Math.abs(n) + 1);
        expect(days[0]).toBe(from);
        expect(days.at(-1)).toBe(to);
      }),
    );
  });
});

describe('startOfDayIn', () => {
  it('finds local midnight, on either side of a daylight-saving change', () => {
    expect(startOfDayIn('Europe/Berlin', '2026-03-28')).toBe('2026-03-27T23:00:00.000Z');
    expect(startOfDayIn('Europe/Berlin', '2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfDayIn('America/New_York', '2026-11-01')).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfDayIn('America/New_York', '2026-11-02')).toBe('2026-11-02T05:00:00.000Z');
    expect(startOfDayIn('UTC', '2026-11-02')).toBe('2026-11-02T00:00:00.000Z');
    expect(startOfDayIn('Asia/Kolkata', '2026-11-02')).toBe('2026-11-01T18:30:00.000Z');
  });

  it('starts a day that begins in a skipped hour when the clocks resume', () => {
    // Santiago skips from 00:00 to 01:00 on 2026-09-06.
    expect(startOfDayIn('America/Santiago', '2026-09-06')).toBe('2026-09-06T04:00:00.000Z');
  });

  it('is an instant on that very day, and the day before ends just before it', () => {
    const zones = [
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Pacific/Kiritimati',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 3000 }).map((d) => addDays('2024-01-01', d)),
        (zone, date) => {
          const start = new Date(startOfDayIn(zone, date));
          expect(localDateIn(zone, start)).toBe(date);
          expect(localDateIn(zone, new Date(start.getTime() - 1))).toBe(addDays(date, -1));
        },
      ),
    );
  });
});

describe('calendarPeriods', () => {
  it('counts back weeks from Monday, months and quarters, oldest first', () => {
    expect(calendarPeriods('week', 2, '2026-11-27')).toEqual([
      { start: '2026-11-16', end: '2026-11-23' },
      { start: '2026-11-23', end: '2026-11-30' },
    ]);
    expect(calendarPeriods('month', 2, '2026-01-10')).toEqual([
      { start: '2025-12-01', end: '2026-01-01' },
      { start: '2026-01-01', end: '2026-02-01' },
    ]);
    expect(calendarPeriods('quarter', 2, '2026-11-27')).toEqual([
      { start: '2026-07-01', end: '2026-10-01' },
      { start: '2026-10-01', end: '2027-01-01' },
    ]);
  });
});
