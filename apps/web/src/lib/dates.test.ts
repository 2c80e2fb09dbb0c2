import { describe, expect, it } from 'vitest';
import { addDays, parseDay, relativeDay, todayIn } from './dates';

describe('todayIn', () => {
  const instant = new Date('2025-06-30T23:30:00Z');

  it('gives the calendar day in the person’s own time zone', () => {
    expect(todayIn('UTC', instant)).toBe('2025-06-30');
    expect(todayIn('Europe/Berlin', instant)).toBe('2025-07-01');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2025-06-30');
  });

  it('falls back to the device zone for an unknown zone instead of throwing', () => {
    expect(todayIn('Not/AZone', instant)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('parseDay', () => {
  it('accepts real calendar days', () => {
    expect(parseDay('2024-02-29')).toBe('2024-02-29');
  });

  it('rejects anything else', () => {
    for (const raw of [null, undefined, '', '2025-02-30', '2023-02-29', '2025-1-01', 'today']) {
      expect(parseDay(raw)).toBeUndefined();
    }
  });
});

describe('relativeDay', () => {
  it('names today and its neighbours, across month ends', () => {
    expect(relativeDay('2025-03-01', '2025-03-01')).toBe('today');
    expect(relativeDay('2025-02-28', '2025-03-01')).toBe('yesterday');
    expect(relativeDay('2025-03-02', '2025-03-01')).toBe('tomorrow');
    expect(relativeDay('2025-02-27', '2025-03-01')).toBeUndefined();
  });

  it('agrees with addDays', () => {
    expect(relativeDay(addDays('2024-12-31', 1), '2024-12-31')).toBe('tomorrow');
  });
});
