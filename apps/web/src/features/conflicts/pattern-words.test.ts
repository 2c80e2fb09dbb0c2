import { describe, expect, it } from 'vitest';
import { patternLine, recurringFirst } from './pattern-words';

const pattern = (tag: string, topics: number, open: number, lastAt = '2026-03-01T10:00:00Z') => ({
  tag,
  topics,
  open,
  firstAt: '2026-01-05T10:00:00Z',
  lastAt,
});

describe('recurringFirst', () => {
  it('puts the tags on the most topics first, then the most recent', () => {
    const list = [
      pattern('time', 2, 0, '2026-02-01T10:00:00Z'),
      pattern('money', 4, 1),
      pattern('chores', 2, 1, '2026-03-01T10:00:00Z'),
    ];
    expect(recurringFirst(list).map((p) => p.tag)).toEqual(['money', 'chores', 'time']);
  });
});

describe('patternLine', () => {
  it('says how often a tag came up, and how many are still open', () => {
    expect(patternLine(pattern('money', 3, 0), 'UTC')).toBe('3 topics since Jan 5, 2026');
    expect(patternLine(pattern('money', 3, 1), 'UTC')).toBe(
      '3 topics since Jan 5, 2026, 1 still open',
    );
    expect(patternLine(pattern('money', 1, 1), 'UTC')).toBe(
      '1 topic since Jan 5, 2026, 1 still open',
    );
  });
});
