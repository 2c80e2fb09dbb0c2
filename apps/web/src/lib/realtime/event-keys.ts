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
      // Who is waiting, the member count, pending invites and the home's availability all
      // change with membership; saving one's hours is a member event too, and moves every
      // fair share: the proposal, the shares, fairness over time and the review.
      return [
        queryKeys.chores(spaceId),
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
    case 'responsibility':
      return [queryKeys.chores(spaceId)];
    case 'expense':
      return [queryKeys.money(spaceId)];
    case 'session':
    case 'prompt':
    case 'appreciation':
    case 'notification':
    case 'meeting':
      return [queryKeys.conversations(spaceId)];
    case 'decision':
      return [queryKeys.decisions(spaceId)];
    case 'conflict':
      return [queryKeys.conflicts(spaceId)];
    case 'calendar':
      return [queryKeys.calendar(spaceId)];
    case 'growth':
      return [queryKeys.growth(spaceId)];
    case 'person':
      return [queryKeys.people(spaceId)];
    case 'date':
      return [queryKeys.dates(spaceId)];
  }
}

/** After a reconnect we may have missed anything, so everything about the space is stale. */
export function queryKeysAfterReconnect(spaceId: string): QueryKey[] {
  return [queryKeys.space(spaceId), queryKeys.spaces];
}

/** The close codes the server ends a live channel with for good (see the server's space hub). */
const CLOSE_SIGNED_OUT = 4401;
const CLOSE_LEFT_SPACE = 4403;

/**
 * What a closed channel means: most closes are a network blip (reconnect); a signed-out session
 * or a space left on another device end it for good, and what we show must be checked again.
 */
export function afterClose(
  spaceId: string,
  code: number,
): { reconnect: true } | { reconnect: false; stale: QueryKey[] } {
  if (code === CLOSE_SIGNED_OUT) return { reconnect: false, stale: [queryKeys.me] };
  if (code === CLOSE_LEFT_SPACE) {
    return { reconnect: false, stale: [queryKeys.space(spaceId), queryKeys.spaces] };
  }
  return { reconnect: true };
}
