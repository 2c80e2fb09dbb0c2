import { describe, expect, it } from 'vitest';
import {
  daysOfWeek,
  mondayOf,
  relativeWeek,
  weekLinks,
  weekParam,
  weekRange,
  weekTitle,
} from './week-nav';

/** Intl puts thin spaces around the dash of a range; the tests read it with plain ones. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('mondayOf', () => {
  it('finds the Monday of any day of the week, Sunday included', () => {
    expect(mondayOf('2026-05-04')).toBe('2026-05-04');
    expect(mondayOf('2026-05-07')).toBe('2026-05-04');
    expect(mondayOf('2026-05-10')).toBe('2026-05-04');
    expect(mondayOf('2026-05-11')).toBe('2026-05-11');
  });

  it('crosses months and years', () => {
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('2024-03-01')).toBe('2024-02-26');
  });
});

describe('daysOfWeek', () => {
  it('lists Monday to Sunday', () => {
    expect(daysOfWeek('2026-03-23')).toEqual([
      '2026-03-23',
      '2026-03-24',
      '2026-03-25',
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
    ]);
  });
});

describe('weekLinks', () => {
  it('goes back and forward a week at a time', () => {
    expect(weekLinks('2026-05-04', '2026-05-04')).toEqual({
      previous: '2026-04-27',
      next: '2026-05-11',
      thisWeek: false,
    });
  });

  it('offers the way back to this week from any other', () => {
    expect(weekLinks('2026-04-27', '2026-05-04').thisWeek).toBe(true);
    expect(weekLinks('2026-06-01', '2026-05-04').thisWeek).toBe(true);
  });

  it('does not send previous to next (the copy-paste trap)', () => {
    const links = weekLinks('2026-05-04', '2026-05-04');
    expect(links.previous < '2026-05-04').toBe(true);
    expect(links.next > '2026-05-04').toBe(true);
  });
});

describe('relativeWeek', () => {
  it('names this, last and next week, and no other', () => {
    expect(relativeWeek('2026-05-04', '2026-05-04')).toBe('this');
    expect(relativeWeek('2026-04-27', '2026-05-04')).toBe('last');
    expect(relativeWeek('2026-05-11', '2026-05-04')).toBe('next');
    expect(relativeWeek('2026-05-18', '2026-05-04')).toBeUndefined();
  });
});

describe('weekTitle', () => {
  it('names the week and its days', () => {
    expect(plain(weekTitle('2026-05-04', '2026-05-04'))).toBe('This week: May 4 – 10');
    expect(plain(weekTitle('2026-04-27', '2026-05-04'))).toBe('Last week: April 27 – May 3');
    expect(plain(weekTitle('2026-05-18', '2026-05-04'))).toBe('May 18 – 24');
  });

  it('gives the year for a week in another year, or across the new year', () => {
    expect(plain(weekRange('2026-12-28', '2026-05-04'))).toBe(
      'December 28, 2026 – January 3, 2027',
    );
    expect(plain(weekRange('2025-05-05', '2026-05-04'))).toBe('May 5 – 11, 2025');
  });
});

describe('weekParam', () => {
  it('reads a day as the Monday of its week', () => {
    expect(weekParam('2026-05-07')).toBe('2026-05-04');
  });

  it('ignores what is not a real day', () => {
    expect(weekParam(null)).toBeUndefined();
    expect(weekParam('2026-02-30')).toBeUndefined();
    expect(weekParam('next')).toBeUndefined();
  });
});
