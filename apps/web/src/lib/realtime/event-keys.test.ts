import { describe, expect, it } from 'vitest';
import { realtimeEntities, type RealtimeEvent } from '@tandem/shared';
import { queryKeys } from '../api/query-keys';
import { afterClose, queryKeysAfterReconnect, queryKeysForEvent } from './event-keys';

const spaceId = '0190a0b4-0000-7000-8000-000000000001';
const event = (entity: RealtimeEvent['entity']): RealtimeEvent => ({
  entity,
  id: '0190a0b4-0000-7000-8000-0000000000aa',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

/** True when TanStack Query's prefix matching would let `key` invalidate `target`. */
const covers = (key: readonly unknown[], target: readonly unknown[]) =>
  key.every((part, index) => target[index] === part);

describe('queryKeysForEvent', () => {
  it('refreshes every day of check-ins on a check-in event, and nothing else', () => {
    const keys = queryKeysForEvent(spaceId, event('checkin'));
    expect(keys).toEqual([queryKeys.checkins(spaceId)]);
    expect(covers(keys[0] ?? [], queryKeys.checkinsOn(spaceId, '2025-01-01'))).toBe(true);
  });

  it('refreshes members, who we wait for, the space and the list on a member event', () => {
    const keys = queryKeysForEvent(spaceId, event('member'));
    expect(keys).toContainEqual(queryKeys.members(spaceId));
    expect(keys).toContainEqual(queryKeys.checkins(spaceId));
    expect(keys).toContainEqual(queryKeys.spaceDetail(spaceId));
    expect(keys).toContainEqual(queryKeys.spaces);
  });

  it('refreshes fairness over time and the review after a chore change or new hours', () => {
    // Saving one's hours is published as a 'member' event; both move every fair share.
    for (const entity of ['member', 'responsibility'] as const) {
      const keys = queryKeysForEvent(spaceId, event(entity));
      for (const target of [
        queryKeys.choreFairness(spaceId, 'month', 6),
        queryKeys.choreReview(spaceId),
        queryKeys.choreShares(spaceId),
      ]) {
        expect(keys.some((key) => covers(key, target))).toBe(true);
      }
    }
  });

  it('refreshes the space and the list on a space event', () => {
    expect(queryKeysForEvent(spaceId, event('space'))).toEqual([
      queryKeys.spaceDetail(spaceId),
      queryKeys.spaces,
    ]);
  });

  it('refreshes pending invites on an invite event', () => {
    expect(queryKeysForEvent(spaceId, event('invite'))).toEqual([queryKeys.invites(spaceId)]);
  });

  it('only ever touches the space it was given, or the list of spaces', () => {
    for (const entity of realtimeEntities) {
      for (const key of queryKeysForEvent(spaceId, event(entity))) {
        const inSpace = key[0] === 'space' && key[1] === spaceId;
        expect(inSpace || key === queryKeys.spaces).toBe(true);
      }
    }
  });
});

describe('queryKeysAfterReconnect', () => {
  it('covers everything cached for the space', () => {
    const keys = queryKeysAfterReconnect(spaceId);
    for (const target of [
      queryKeys.spaceDetail(spaceId),
      queryKeys.members(spaceId),
      queryKeys.invites(spaceId),
      queryKeys.checkinsOn(spaceId, '2025-02-03'),
    ]) {
      expect(keys.some((key) => covers(key, target))).toBe(true);
    }
    expect(keys.some((key) => covers(key, queryKeys.spaceDetail('other')))).toBe(false);
  });
});

describe('afterClose', () => {
  it('reconnects after an ordinary close', () => {
    expect(afterClose(spaceId, 1006)).toEqual({ reconnect: true });
    expect(afterClose(spaceId, 1001)).toEqual({ reconnect: true });
  });

  it('stops and checks who is signed in after a sign-out elsewhere', () => {
    expect(afterClose(spaceId, 4401)).toEqual({ reconnect: false, stale: [queryKeys.me] });
  });

  it('stops and refetches the space after leaving it on another device', () => {
    expect(afterClose(spaceId, 4403)).toEqual({
      reconnect: false,
      stale: [queryKeys.space(spaceId), queryKeys.spaces],
    });
  });
});
