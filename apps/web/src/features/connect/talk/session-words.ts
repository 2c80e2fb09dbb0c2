import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { nameIn, otherIn } from './talk-people';
import { clockTime } from './time-out';

/** Where a conversation stands, for the list: "Waiting for Sam to join", "On a break until …". */
export function sessionStateInWords(
  session: LiveSession,
  myId: string,
  members: readonly Member[],
  timeZone: string,
): string {
  const name = nameIn(members, otherIn(session, myId));
  switch (session.phase) {
    case 'waiting':
      return session.starterId === myId
        ? t('connect.talk.state.waitingForThem', { name })
        : t('connect.talk.state.waitingForYou', { name });
    case 'talking':
      return t('connect.talk.state.talking');
    case 'solving':
      return t('connect.talk.state.solving');
    case 'timeout':
      return t('connect.talk.state.timeout', {
        time: clockTime(session.timeout?.until ?? session.updatedAt, timeZone),
      });
    case 'ended':
      return t('connect.talk.state.ended');
  }
}

/** The invitations waiting for me to join: shown first, with a button each. */
export function invitationsFor(sessions: readonly LiveSession[], myId: string): LiveSession[] {
  return sessions.filter((s) => s.phase === 'waiting' && s.partnerId === myId);
}

/** Everything else of mine, as the server orders it (most recent first). */
export function othersThan(sessions: readonly LiveSession[], myId: string): LiveSession[] {
  return sessions.filter((s) => !(s.phase === 'waiting' && s.partnerId === myId));
}
