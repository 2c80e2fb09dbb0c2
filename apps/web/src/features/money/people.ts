import type { Member } from '@tandem/shared';
import { t } from '../../lib/i18n';

/** A member's name; someone who has since left is a "former member". */
export function nameOf(members: readonly Member[], userId: string): string {
  return members.find((member) => member.userId === userId)?.displayName ?? t('money.formerMember');
}

/** A member's name, or "you" for me, for the middle of a sentence. */
export function nameOrYou(members: readonly Member[], myId: string, userId: string): string {
  return userId === myId ? t('common.you') : nameOf(members, userId);
}

/** Everyone but me, by name ("Sam", "Sam and Kim"), for "… sees only the ratio". */
export function othersOf(members: readonly Member[], myId: string): Member[] {
  return members.filter((member) => member.userId !== myId);
}
