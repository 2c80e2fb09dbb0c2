import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../../lib/api/query-keys';
import { queryKeysForEvent } from '../../../lib/realtime/event-keys';

describe('queryKeys.moneyInsights', () => {
  it('sits under the space’s money key, so an expense event refreshes it for everyone', () => {
    const stale = queryKeysForEvent('s1', {
      entity: 'expense',
      id: 'e1',
      updatedAt: '2026-03-20T10:00:00.000Z',
    });
    const key = queryKeys.moneyInsights('s1', 6);
    expect(stale.some((prefix) => prefix.every((part, i) => key[i] === part))).toBe(true);
  });

  it('keeps each period and each space apart', () => {
    expect(queryKeys.moneyInsights('s1', 6)).not.toEqual(queryKeys.moneyInsights('s1', 12));
    expect(queryKeys.moneyInsights('s1', 6)).not.toEqual(queryKeys.moneyInsights('s2', 6));
  });
});
