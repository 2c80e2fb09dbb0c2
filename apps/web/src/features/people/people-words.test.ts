import { describe, expect, it } from 'vitest';
import {
  capitalised,
  durationWords,
  overdueWords,
  whenWords,
  wishChoices,
  wishWords,
} from './people-words';

describe('durationWords', () => {
  it('says days, then weeks, then months', () => {
    expect(durationWords(1)).toBe('1 day');
    expect(durationWords(13)).toBe('13 days');
    expect(durationWords(14)).toBe('2 weeks');
    expect(durationWords(37)).toBe('5 weeks');
    expect(durationWords(59)).toBe('8 weeks');
    expect(durationWords(95)).toBe('3 months');
  });
});

describe('wishWords', () => {
  it('names the rhythm in the largest unit that fits it', () => {
    expect(wishWords(1)).toBe('every day');
    expect(wishWords(7)).toBe('every week');
    expect(wishWords(21)).toBe('every 3 weeks');
    expect(wishWords(10)).toBe('every 10 days');
    expect(wishWords(30)).toBe('every month');
    expect(wishWords(90)).toBe('every 3 months');
    expect(wishWords(365)).toBe('every year');
  });
});

describe('overdueWords', () => {
  it('says how long it has been against the wish, without blame', () => {
    expect(overdueWords(35, 21)).toBe('It’s been 5 weeks — you’d like every 3 weeks.');
    expect(overdueWords(9, 7)).toBe('It’s been 9 days — you’d like every week.');
    // Not "2 weeks — every 2 weeks": rounded down it would sound like no time past the wish.
    expect(overdueWords(20, 14)).toBe('It’s been 20 days — you’d like every 2 weeks.');
    expect(overdueWords(65, 60)).toBe('It’s been 65 days — you’d like every 2 months.');
    expect(overdueWords(100, 30)).toBe('It’s been 3 months — you’d like every month.');
  });
});

describe('whenWords', () => {
  it('reads a day from today', () => {
    expect(whenWords('2026-06-30', '2026-06-30')).toBe('today');
    expect(whenWords('2026-06-29', '2026-06-30')).toBe('yesterday');
    expect(whenWords('2026-06-20', '2026-06-30')).toBe('10 days ago');
    // A partner a zone ahead may log "today" before it is today here.
    expect(whenWords('2026-07-01', '2026-06-30')).toBe('today');
  });
});

describe('wishChoices', () => {
  it('offers the presets, and a wish set otherwise in its place', () => {
    expect(wishChoices(null)).toEqual([7, 14, 21, 30, 60, 90, 180, 365]);
    expect(wishChoices(10)).toEqual([7, 10, 14, 21, 30, 60, 90, 180, 365]);
    expect(wishChoices(14)).toHaveLength(8);
  });

  it('capitalises a phrase for a list', () => {
    expect(capitalised(wishWords(14))).toBe('Every 2 weeks');
  });
});
