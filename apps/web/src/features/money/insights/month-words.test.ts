import { describe, expect, it } from 'vitest';
import { monthRange, monthShort } from './month-words';

describe('monthShort', () => {
  it('names a month in three letters', () => {
    expect(monthShort('2025-10')).toBe('Oct');
    expect(monthShort('2026-01')).toBe('Jan');
  });
});

describe('monthRange', () => {
  it('runs from the first month to the last, with the year once when it is the same', () => {
    expect(monthRange(['2025-10', '2025-11', '2026-03'])).toMatch(/^October 2025\s–\sMarch 2026$/);
    expect(monthRange(['2026-01', '2026-02', '2026-03'])).toMatch(/^January\s–\sMarch 2026$/);
  });

  it('is one month alone, or nothing', () => {
    expect(monthRange(['2026-03'])).toBe('March 2026');
    expect(monthRange([])).toBe('');
  });
});
