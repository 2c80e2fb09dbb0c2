import type { Member } from '@tandem/shared';
import { t } from '../../lib/i18n';

/** What every part of the Dates pages needs: the space, who is looking, where, and who else. */
export interface DatesContext {
  spaceId: string;
  myId: string;
  /** Mine, as this browser knows it: every time on the page is shown in it. */
  timeZone: string;
  today: string;
  members: readonly Member[];
}

/** A member's name; someone who has since left is a "former member". */
export function nameOf(members: readonly Pick<Member, 'userId' | 'displayName'>[], id: string) {
  return members.find((member) => member.userId === id)?.displayName ?? t('dates.formerMember');
}

/** The others in the space, the ones a date can invite. */
export const othersOf = (context: Pick<DatesContext, 'members' | 'myId'>) =>
  context.members.filter((member) => member.userId !== context.myId);
