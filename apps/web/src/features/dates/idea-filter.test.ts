import { describe, expect, it } from 'vitest';
import { idea } from './dates-test-data';
import {
  defaultFilter,
  filterQuery,
  ideaKey,
  ideaTags,
  pickSurprise,
  seasonOf,
} from './idea-filter';

describe('seasonOf', () => {
  it('finds the season by the month (northern hemisphere)', () => {
    expect(
      ['2026-03-01', '2026-06-30', '2026-11-15', '2026-12-01', '2026-02-28'].map(seasonOf),
    ).toEqual(['spring', 'summer', 'autumn', 'winter', 'winter']);
  });
});

describe('the filter', () => {
  it('starts with this season only, and sends nothing for "any"', () => {
    const filter = defaultFilter('2026-07-10');
    expect(filterQuery(filter)).toEqual({ season: 'summer' });
    expect(filterQuery({ ...filter, setting: 'home', cost: 'low', season: '' })).toEqual({
      setting: 'home',
      cost: 'low',
    });
  });
});

describe('pickSurprise', () => {
  const ideas = [
    idea(),
    idea({ ref: { source: 'bank', key: 'tea-tasting' }, title: 'Tea' }),
    idea({ ref: { source: 'ours', id: 'o1' }, title: 'Ours' }),
  ];

  it('picks one that fits, at random', () => {
    expect(pickSurprise(ideas, undefined, () => 0)?.title).toBe('Blanket fort film night');
    expect(pickSurprise(ideas, undefined, () => 0.99)?.title).toBe('Ours');
  });

  it('never the one just shown, unless it is the only one', () => {
    for (const roll of [0, 0.4, 0.7, 0.999]) {
      expect(pickSurprise(ideas, 'bank:tea-tasting', () => roll)?.title).not.toBe('Tea');
    }
    expect(pickSurprise([ideas[1]!], 'bank:tea-tasting', () => 0.5)?.title).toBe('Tea');
    expect(pickSurprise([], undefined)).toBeUndefined();
  });

  it('keys bank ideas and ours apart', () => {
    expect(ideas.map(ideaKey)).toEqual(['bank:blanket-fort-film', 'bank:tea-tasting', 'ours:o1']);
  });
});

describe('ideaTags', () => {
  it('says an idea’s tags in words', () => {
    expect(ideaTags(idea({ seasons: ['spring', 'summer'] }))).toEqual([
      'At home',
      'Free',
      'An evening',
      'Low energy',
      'Spring, Summer',
    ]);
  });
});
