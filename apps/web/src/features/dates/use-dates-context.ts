import { useToday } from '../../lib/use-today';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { knownTimeZone } from '../time/time-format';
import type { DatesContext } from './dates-context';

/**
 * What both Dates pages start from: the space, its members' query, and — once the members are
 * in — the context every part of the pages reads.
 */
export function useDatesContext() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const today = useToday(me.timeZone);
  const members = useMembers(space.id);
  const context: DatesContext | undefined = members.data && {
    spaceId: space.id,
    myId: me.id,
    timeZone: knownTimeZone(me.timeZone),
    today,
    members: members.data.items,
  };
  return { space, members, context };
}
