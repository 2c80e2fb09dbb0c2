import { describe, expect, it } from 'vitest';
import { memory } from './dates-test-data';
import { memoriesByMonth, memoriesOf, photoAlt } from './memory-groups';

describe('memoriesByMonth', () => {
  it('lists memories newest first, in months', () => {
    const months = memoriesByMonth([
      memory({ id: 'april', day: '2026-04-20' }),
      memory({ id: 'may-early', day: '2026-05-01' }),
      memory({ id: 'may-late', day: '2026-05-20' }),
      memory({ id: 'may-late-newer', day: '2026-05-20', createdAt: '2026-05-21T08:00:00.000Z' }),
      memory({ id: 'last-year', day: '2025-12-24' }),
    ]);
    expect(months.map((m) => [m.month, m.items.map((i) => i.id)])).toEqual([
      ['2026-05', ['may-late-newer', 'may-late', 'may-early']],
      ['2026-04', ['april']],
      ['2025-12', ['last-year']],
    ]);
    expect(memoriesByMonth([])).toEqual([]);
  });

  it('finds a date’s own memories', () => {
    const all = [
      memory({ id: 'a', dateId: 'd1' }),
      memory({ id: 'b' }),
      memory({ id: 'c', dateId: 'd2' }),
    ];
    expect(memoriesOf(all, 'd1').map((m) => m.id)).toEqual(['a']);
  });
});

describe('photoAlt', () => {
  it('describes a photo by its memory’s first line, kept short', () => {
    expect(photoAlt('  Sunset on the pier\nAnd then chips  ')).toBe('Sunset on the pier');
    const long = photoAlt('word '.repeat(60));
    expect(long.length).toBeLessThanOrEqual(140);
    expect(long.endsWith('…')).toBe(true);
  });
});
