import { describe, expect, it } from 'vitest';
import { isQuietAt, wallClockIn } from './quiet-hours';

describe('quiet hours', () => {
  const night = { from: '22:00', to: '07:00' };
  it('runs overnight in the member’s own time zone', () => {
    // 21:30 UTC is 22:30 in Berlin (winter) and 16:30 in New York.
    const instant = new Date('2026-11-27T21:30:00Z');
    expect(wallClockIn('Europe/Berlin', instant)).toBe('22:30');
    expect(isQuietAt(instant, 'Europe/Berlin', night)).toBe(true);
    expect(isQuietAt(instant, 'America/New_York', night)).toBe(false);
    expect(isQuietAt(new Date('2026-11-28T06:59:00Z'), 'UTC', night)).toBe(true);
    expect(isQuietAt(new Date('2026-11-28T07:00:00Z'), 'UTC', night)).toBe(false);
  });

  it('also works within one day, and not at all with equal ends or none', () => {
    const lunch = { from: '12:00', to: '13:00' };
    expect(isQuietAt(new Date('2026-11-27T12:30:00Z'), 'UTC', lunch)).toBe(true);
    expect(isQuietAt(new Date('2026-11-27T13:00:00Z'), 'UTC', lunch)).toBe(false);
    expect(isQuietAt(new Date('2026-11-27T12:30:00Z'), 'UTC', { from: '09:00', to: '09:00' })).toBe(
      false,
    );
    expect(isQuietAt(new Date('2026-11-27T12:30:00Z'), 'UTC', null)).toBe(false);
  });
});
