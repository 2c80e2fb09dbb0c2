import { describe, expect, it } from 'vitest';
import { groupByArea } from './group-by-area';

describe('groupByArea', () => {
  it('groups in the usual order of areas and keeps the order within each', () => {
    const items = [
      { id: 'a', area: 'pets' as const },
      { id: 'b', area: 'kitchen' as const },
      { id: 'c', area: 'pets' as const },
      { id: 'd', area: 'kitchen' as const },
    ];
    expect(groupByArea(items)).toEqual([
      { area: 'kitchen', items: [items[1], items[3]] },
      { area: 'pets', items: [items[0], items[2]] },
    ]);
  });

  it('leaves out empty areas, so nothing gives no groups', () => {
    expect(groupByArea([])).toEqual([]);
  });
});
