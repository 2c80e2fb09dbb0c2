import { describe, expect, it } from 'vitest';
import type { InboxItem } from './inbox-api';
import { pickToast } from './toast-pick';

const item = (id: string, minute: number, overrides: Partial<InboxItem> = {}): InboxItem => ({
  id,
  type: 'appreciation',
  refId: `ref-${id}`,
  silent: false,
  read: false,
  createdAt: `2026-03-02T18:${String(minute).padStart(2, '0')}:00.000Z`,
  ...overrides,
});
const seenOf = (i: InboxItem) => ({ id: i.id, createdAt: i.createdAt });

describe('pickToast', () => {
  it('only notes what is there on the first look: nothing that waited is toasted', () => {
    const waiting = item('a', 1);
    expect(pickToast([waiting], undefined)).toEqual({ toast: undefined, seen: seenOf(waiting) });
    expect(pickToast([], undefined)).toEqual({ toast: undefined, seen: null });
  });

  it('toasts a new unread one once', () => {
    const old = item('a', 1);
    const fresh = item('b', 2);
    const first = pickToast([fresh, old], seenOf(old));
    expect(first).toEqual({ toast: fresh, seen: seenOf(fresh) });
    expect(pickToast([fresh, old], first.seen)).toEqual({ toast: undefined, seen: seenOf(fresh) });
    // The first to arrive in an empty inbox is new too.
    expect(pickToast([fresh], null).toast).toBe(fresh);
  });

  it('never toasts one that came silently in quiet hours, nor one then shown as new', () => {
    const quiet = item('q', 3, { silent: true });
    const after = pickToast([quiet], null);
    expect(after).toEqual({ toast: undefined, seen: seenOf(quiet) });
    expect(pickToast([quiet], after.seen).toast).toBeUndefined();
  });

  it('stays quiet when an older one becomes the newest unread because a newer one was read', () => {
    const older = item('a', 1);
    const newer = item('b', 2);
    const readNewer = { ...newer, read: true };
    expect(pickToast([readNewer, older], seenOf(newer))).toEqual({
      toast: undefined,
      seen: seenOf(newer),
    });
  });

  it('keeps what it saw when everything is read', () => {
    const read = item('a', 1, { read: true });
    expect(pickToast([read], seenOf(read))).toEqual({ toast: undefined, seen: seenOf(read) });
  });
});
