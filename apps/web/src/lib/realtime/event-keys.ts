import type { RealtimeEvent } from '@tandem/shared';
import { queryKeys, type QueryKey } from '../api/query-keys';

/**
 * Which cached queries an event makes stale. Events never carry content, so the client
 * refetches these through the normal, permission-checked API.
 */
export function queryKeysForEvent(spaceId: string, event: RealtimeEvent): QueryKey[] {
  switch (event.entity) {
    case 'checkin':
      return [queryKeys.checkins(spaceId)];
    case 'member':
      // Who is waiting, the member count and pending invites all change with membership.
      return [
        queryKeys.members(spaceId),
        queryKeys.checkins(spaceId),
        queryKeys.spaceDetail(spaceId),
        queryKeys.invites(spaceId),
        queryKeys.spaces,
      ];
    case 'space':
      return [queryKeys.spaceDetail(spaceId), queryKeys.spaces];
    case 'invite':
      return [queryKeys.invites(spaceId)];
  }
}

/** After a reconnect we may have missed anything, so everything about the space is stale. */
export function queryKeysAfterReconnect(spaceId: string): QueryKey[] {
  return [queryKeys.space(spaceId), queryKeys.spaces];
}
