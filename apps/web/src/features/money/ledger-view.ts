import type { Expense } from '@tandem/shared';
import type { ExpensePage } from './money-api';

export interface DayGroup {
  day: string;
  items: Expense[];
}

/** The cursor for the page after `page`; undefined at the end of the ledger. */
export const nextCursor = (page: ExpensePage): string | undefined => page.next ?? undefined;

/**
 * The lines of every page fetched, in order. A line can show up twice when something was added
 * between two pages (it moves the page boundary), so each is kept only where it came first.
 */
export function ledgerItems(pages: readonly ExpensePage[]): Expense[] {
  const seen = new Set<string>();
  return pages.flatMap((page) =>
    page.items.filter((item) => {
      if (seen.has(item.id)) return false;
      seen.add(item.id);
      return true;
    }),
  );
}

/** Lines that follow each other on the same day, as one group per day; order is kept. */
export function groupByDay(items: readonly Expense[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last?.day === item.spentOn) last.items.push(item);
    else groups.push({ day: item.spentOn, items: [item] });
  }
  return groups;
}
