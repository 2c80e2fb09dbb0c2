import { describe, expect, it } from 'vitest';
import { buildRound } from './prompt-test-data';
import { filterRounds, groupByMonth, isStillOpen, splitRounds, upsertRound } from './round-list';

const newest = buildRound({ id: 'c', askedAt: '2025-04-02T10:00:00.000Z' });
const middle = buildRound({ id: 'b', askedAt: '2025-03-31T23:30:00.000Z', favourite: true });
const oldest = buildRound({ id: 'a', askedAt: '2025-03-01T08:00:00.000Z' });
const rounds = [newest, middle, oldest];

describe('upsertRound', () => {
  it('replaces a round with the same id in place, without touching the cached list', () => {
    const list = { items: rounds };
    const next = upsertRound(list, buildRound({ id: 'b', favourite: false }));
    expect(next.items.map((r) => [r.id, r.favourite])).toEqual([
      ['c', false],
      ['b', false],
      ['a', false],
    ]);
    expect(list.items[1]?.favourite).toBe(true);
  });

  it('puts a new round on top, as the list is newest first', () => {
    expect(upsertRound({ items: rounds }, buildRound({ id: 'd' })).items.map((r) => r.id)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
  });
});

describe('splitRounds', () => {
  it('shows the newest when nothing was chosen, and the rest as earlier', () => {
    const { current, earlier } = splitRounds(rounds, undefined);
    expect(current?.id).toBe('c');
    expect(earlier.map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('keeps the chosen one on the card, however many were asked since', () => {
    const { current, earlier } = splitRounds(rounds, 'a');
    expect(current?.id).toBe('a');
    expect(earlier.map((r) => r.id)).toEqual(['c', 'b']);
  });

  it('falls back to the newest when the chosen one is not in the list', () => {
    expect(splitRounds(rounds, 'gone').current?.id).toBe('c');
  });

  it('has nothing to show before the first prompt', () => {
    expect(splitRounds([], undefined)).toEqual({ current: undefined, earlier: [] });
  });
});

describe('filterRounds', () => {
  it('keeps every round, or only those kept for later', () => {
    expect(filterRounds(rounds, 'all')).toEqual(rounds);
    expect(filterRounds(rounds, 'kept').map((r) => r.id)).toEqual(['b']);
  });
});

describe('groupByMonth', () => {
  it('groups by the month in the viewer’s time zone, newest first as given', () => {
    expect(groupByMonth(rounds, 'UTC').map((g) => [g.month, g.rounds.map((r) => r.id)])).toEqual([
      ['2025-04', ['c']],
      ['2025-03', ['b', 'a']],
    ]);
    // Half past eleven at night on 31 March in UTC is already April in Berlin.
    expect(
      groupByMonth(rounds, 'Europe/Berlin').map((g) => [g.month, g.rounds.map((r) => r.id)]),
    ).toEqual([
      ['2025-04', ['c', 'b']],
      ['2025-03', ['a']],
    ]);
  });

  it('gives no groups for no rounds', () => {
    expect(groupByMonth([], 'UTC')).toEqual([]);
  });
});

describe('isStillOpen', () => {
  it('tells a prompt we already had from a new one', () => {
    expect(isStillOpen(rounds, buildRound({ id: 'b' }))).toBe(true);
    expect(isStillOpen(rounds, buildRound({ id: 'new' }))).toBe(false);
  });
});
