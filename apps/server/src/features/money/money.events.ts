import { eventOf, type EventBus } from '../../realtime/event-bus';
import type { Membership } from '../spaces/spaces.repository';

/** A private expense is news to its author alone; anything else, to the whole space. */
export function announceExpense(
  bus: EventBus,
  membership: Membership,
  privacy: string,
  id: string,
  now: string,
) {
  return bus.publish({
    kind: 'event',
    spaceId: membership.spaceId,
    event: eventOf('expense', id, now),
    ...(privacy === 'private' ? { onlyTo: membership.userId } : {}),
  });
}
