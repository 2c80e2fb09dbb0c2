import { describe, expect, it } from 'vitest';
import {
  addMonths,
  dayInWords,
  fullDayInWords,
  monthInWords,
  monthOf,
  monthsBetween,
} from './plan-dates';

describe('month arithmetic', () => {
  it('moves across the turn of the year both ways', () => {
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(addMonths('2026-03', 0)).toBe('2026-03');
  });

  it('is undone by going back as far', () => {
    for (const count of [-25, -12, -1, 1, 11, 12, 13, 40]) {
      expect(addMonths(addMonths('2026-07', count), -count)).toBe('2026-07');
      expect(monthsBetween('2026-07', addMonths('2026-07', count))).toBe(count);
    }
  });

  it('finds a day’s month', () => {
    expect(monthOf('2026-02-28')).toBe('2026-02');
  });
});

describe('dates in words', () => {
  it('names a month with its year', () => {
    expect(monthInWords('2027-03')).toBe('March 2027');
  });

  it('leaves the year out only when it is this year', () => {
    expect(dayInWords('2026-12-01', '2026-11-20')).toBe('Dec 1');
    expect(dayInWords('2027-01-05', '2026-11-20')).toBe('Jan 5, 2027');
  });

  it('spells a day in full, on the same day in every time zone', () => {
    expect(fullDayInWords('2027-06-01')).toBe('June 1, 2027');
  });
});
