import type { InboxItem } from './inbox-api';

/** The newest unread notification seen so far; null when there was none. */
export type Seen = Pick<InboxItem, 'id' | 'createdAt'> | null;

/**
 * Which notification, if any, deserves a toast now. The first look only notes what is already
 * there (no toast for what waited while the app was closed); after that, a newest unread one not
 * seen before is toasted, unless it arrived silently in quiet hours. One that becomes newest
 * because a newer one was read is not new, so it stays quiet.
 */
export function pickToast(
  items: readonly InboxItem[],
  seen: Seen | undefined,
): { toast: InboxItem | undefined; seen: Seen } {
  const newest = items.find((item) => !item.read);
  const mark = newest ? { id: newest.id, createdAt: newest.createdAt } : null;
  if (seen === undefined) return { toast: undefined, seen: mark };
  if (!newest || newest.id === seen?.id) return { toast: undefined, seen };
  if (seen && newest.createdAt < seen.createdAt) return { toast: undefined, seen };
  return { toast: newest.silent ? undefined : newest, seen: mark };
}
