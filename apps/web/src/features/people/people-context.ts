import type { Member } from '@tandem/shared';
import { t } from '../../lib/i18n';

/** What every part of the People page needs: the space, who I am, who else is here, my today. */
export interface PeopleContext {
  spaceId: string;
  myId: string;
  members: readonly Member[];
  /** My today (YYYY-MM-DD), which the server measured every rhythm on. */
  today: string;
}

/** A member's name; someone who has since left is a "former member". */
export function memberName(members: readonly Pick<Member, 'userId' | 'displayName'>[], id: string) {
  return members.find((member) => member.userId === id)?.displayName ?? t('people.formerMember');
}
