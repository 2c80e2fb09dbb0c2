import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysFrom, localDateIn } from './local-date';

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
