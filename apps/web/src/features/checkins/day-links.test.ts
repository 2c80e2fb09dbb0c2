import { describe, expect, it } from 'vitest';
import { dayLinks } from './day-links';

const today = '2025-03-01';

describe('dayLinks', () => {
  it('goes back from today but not on into the future', () => {
    expect(dayLinks(today, today)).toEqual({
      previous: '2025-02-28',
      next: undefined,
      backToToday: false,
    });
  });

  it('steps forward from yesterday without a separate way back', () => {
    expect(dayLinks('2025-02-28', today)).toEqual({
      previous: '2025-02-27',
      next: today,
      backToToday: false,
    });
  });

  it('offers the way back to today from further back, across a year end', () => {
    expect(dayLinks('2024-12-31', today)).toEqual({
      previous: '2024-12-30',
      next: '2025-01-01',
      backToToday: true,
    });
  });

  it('comes back from a future day (a typed address, a clock that was wrong)', () => {
    expect(dayLinks('2025-03-02', today)).toMatchObject({ next: undefined, backToToday: false });
    expect(dayLinks('2030-01-01', today)).toMatchObject({ next: undefined, backToToday: true });
  });
});
