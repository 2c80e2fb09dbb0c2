import { describe, expect, it } from 'vitest';
import { groupByDay, ledgerItems, nextCursor } from './ledger-view';
import { expense } from './test-fixtures';

const line = (id: string, spentOn: string) => expense({ id, spentOn });

describe('nextCursor', () => {
  it('passes the server’s cursor on, and stops at the end', () => {
    expect(nextCursor({ items: [], next: '2026-03-01|abc' })).toBe('2026-03-01|abc');
    expect(nextCursor({ items: [], next: null })).toBeUndefined();
  });
});

describe('ledgerItems', () => {
  it('joins the pages in order', () => {
    const pages = [
      { items: [line('a', '2026-03-03'), line('b', '2026-03-02')], next: 'x' },
      { items: [line('c', '2026-03-01')], next: null },
    ];
    expect(ledgerItems(pages).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a line that moved across a page boundary only where it came first', () => {
    const pages = [
      { items: [line('a', '2026-03-03'), line('b', '2026-03-02')], next: 'x' },
      { items: [line('b', '2026-03-02'), line('c', '2026-03-01')], next: null },
    ];
    expect(ledgerItems(pages).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('groupByDay', () => {
  it('groups lines of the same day, newest day first as they come', () => {
    const items = [line('a', '2026-03-03'), line('b', '2026-03-03'), line('c', '2026-03-01')];
    expect(groupByDay(items)).toEqual([
      { day: '2026-03-03', items: [items[0], items[1]] },
      { day: '2026-03-01', items: [items[2]] },
    ]);
  });

  it('gives no groups for an empty ledger', () => {
    expect(groupByDay([])).toEqual([]);
  });
});
