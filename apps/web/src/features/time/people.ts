import type { Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';

/** A member's name; someone who has since left is a "former member". */
export function nameOf(members: readonly Member[], userId: string): string {
  return members.find((m) => m.userId === userId)?.displayName ?? t('time.formerMember');
}

/** "You" for me, else the name. */
export const personName = (members: readonly Member[], myId: string, userId: string) =>
  userId === myId ? t('time.you') : nameOf(members, userId);

/** Me first, then the others in the order given. */
export function meFirst(ids: readonly string[], myId: string): string[] {
  return ids.includes(myId) ? [myId, ...ids.filter((id) => id !== myId)] : [...ids];
}

/** Who takes part: "Just you", "Just Sam", "You and Sam". */
export function takingPart(ids: readonly string[], members: readonly Member[], myId: string) {
  const [only, ...more] = meFirst(ids, myId);
  if (only !== undefined && more.length === 0) {
    return only === myId
      ? t('time.event.justYou')
      : t('time.event.just', { name: nameOf(members, only) });
  }
  return format.list(meFirst(ids, myId).map((id) => personName(members, myId, id)));
}
