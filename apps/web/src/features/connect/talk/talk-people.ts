import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';

/** A member's name; someone who has since left the space is "a former member". */
export function nameIn(members: readonly Member[], userId: string): string {
  return (
    members.find((member) => member.userId === userId)?.displayName ??
    t('connect.talk.formerMember')
  );
}

/** The other one of the two in a conversation. */
export const otherIn = (session: Pick<LiveSession, 'starterId' | 'partnerId'>, myId: string) =>
  session.starterId === myId ? session.partnerId : session.starterId;
