import type { Member } from '@tandem/shared';
import { t } from '../../lib/i18n';

/** What every part of the Growth page needs: the space, who I am, and who else is here. */
export interface GrowthContext {
  spaceId: string;
  myId: string;
  members: readonly Member[];
}

/** A member's name; someone who has since left is a "former member". */
export function nameOf(members: readonly Pick<Member, 'userId' | 'displayName'>[], id: string) {
  return members.find((member) => member.userId === id)?.displayName ?? t('growth.formerMember');
}
