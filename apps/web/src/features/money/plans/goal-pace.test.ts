import { describe, expect, it } from 'vitest';
import { goalPaceInWords, neededPerMonth } from './goal-pace';

const today = '2026-11-20';
const goal = (over: Partial<Parameters<typeof goalPaceInWords>[0]> = {}) => ({
  target: 200000,
  saved: 50000,
  targetOn: null,
  projectedOn: '2027-03-10',
  currency: 'EUR',
  ...over,
});

describe('goalPaceInWords', () => {
  it('celebrates a goal reached, whatever its date', () => {
    expect(goalPaceInWords(goal({ saved: 200000, targetOn: '2026-01-01' }), today)).toEqual([
      'You’ve reached it. Well done, together.',
    ]);
  });

  it('says when at this pace, with no date of its own', () => {
    expect(goalPaceInWords(goal(), today)).toEqual([
      'At this pace you’ll get there around March 2027.',
    ]);
  });

  it('invites a first amount, or more, when there is no pace to go by', () => {
    expect(goalPaceInWords(goal({ saved: 0, projectedOn: null }), today)).toEqual([
      'Add some money to see when you’ll get there.',
    ]);
    expect(goalPaceInWords(goal({ saved: 10, projectedOn: null }), today)).toEqual([
      'At this pace it’s still a long way off; every bit you add brings it closer.',
    ]);
  });

  it('is on track when the pace gets there by the date, even on the day', () => {
    expect(goalPaceInWords(goal({ targetOn: '2027-06-01' }), today)).toEqual([
      'On track for your date, June 1, 2027.',
    ]);
    expect(goalPaceInWords(goal({ targetOn: '2027-03-10' }), today)).toEqual([
      'On track for your date, March 10, 2027.',
    ]);
  });

  it('is a little behind for a few months, behind after, with what would close the gap', () => {
    // €1,500 to go over Nov, Dec, Jan: €500 a month.
    expect(goalPaceInWords(goal({ targetOn: '2027-02-01' }), today)).toEqual([
      'A little behind your date of February 1, 2027: at this pace, around March 2027.',
      'About €500.00 a month would get you there by February 1, 2027.',
    ]);
    expect(
      goalPaceInWords(goal({ targetOn: '2027-02-01', projectedOn: '2027-09-01' }), today),
    ).toEqual([
      'Behind your date of February 1, 2027: at this pace, around September 2027.',
      'About €500.00 a month would get you there by February 1, 2027.',
    ]);
  });

  it('says what a month would take when nothing is put in yet', () => {
    expect(
      goalPaceInWords(goal({ saved: 0, projectedOn: null, targetOn: '2027-11-30' }), today),
    ).toEqual([
      'Add some money to see when you’ll get there.',
      'About €166.67 a month would get you there by November 30, 2027.',
    ]);
  });

  it('says kindly when the date has passed', () => {
    expect(goalPaceInWords(goal({ targetOn: '2026-10-01' }), today)).toEqual([
      'Your date of October 1, 2026 has passed: at this pace you’ll get there around March 2027.',
    ]);
    expect(goalPaceInWords(goal({ targetOn: '2026-10-01', projectedOn: null }), today)).toEqual([
      'Your date of October 1, 2026 has passed; set a new one whenever you like.',
    ]);
  });
});

describe('neededPerMonth', () => {
  it('spreads what is left over the months to the date, rounded up to a cent', () => {
    expect(neededPerMonth(goal({ targetOn: '2027-11-01' }), today)).toBe(12500);
    expect(neededPerMonth(goal({ saved: 0, targetOn: '2027-11-01' }), today)).toBe(16667);
  });

  it('asks for all of it this month when the date is this month', () => {
    expect(neededPerMonth(goal({ targetOn: '2026-11-30' }), today)).toBe(150000);
  });

  it('has nothing to ask without a date, or once reached', () => {
    expect(neededPerMonth(goal(), today)).toBeNull();
    expect(neededPerMonth(goal({ saved: 200000, targetOn: '2027-01-01' }), today)).toBeNull();
  });
});
