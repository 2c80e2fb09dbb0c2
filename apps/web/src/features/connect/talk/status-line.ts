import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { nameIn, otherIn } from './talk-people';
import { clockTime } from './time-out';

/**
 * What this person should do or expect now, in one sentence: the speaker is told to say one
 * thing at a time, the listener to listen and say it back, each while waiting for the other.
 */
export function statusLine(
  session: LiveSession,
  myId: string,
  members: readonly Member[],
  timeZone: string,
): string {
  const name = nameIn(members, otherIn(session, myId));
  switch (session.phase) {
    case 'waiting':
      return session.starterId === myId
        ? t('connect.talk.status.waitingForThem', { name })
        : t('connect.talk.status.invited', { name });
    case 'timeout':
      return t('connect.talk.status.timeout', {
        time: clockTime(session.timeout?.until ?? session.updatedAt, timeZone),
      });
    case 'ended':
      return t('connect.talk.status.ended');
    case 'solving':
      return t('connect.talk.status.solving');
    case 'talking':
      return session.floor === myId
        ? speakerLine(session.step, name)
        : listenerLine(session.step, name);
  }
}

function speakerLine(step: LiveSession['step'], name: string): string {
  switch (step) {
    case 'speaking':
      return t('connect.talk.status.youHaveFloor');
    case 'paraphrasing':
      return t('connect.talk.status.theyParaphrase', { name });
    case 'confirming':
      return t('connect.talk.status.checkParaphrase', { name });
  }
}

function listenerLine(step: LiveSession['step'], name: string): string {
  return step === 'confirming'
    ? t('connect.talk.status.theyCheck', { name })
    : t('connect.talk.status.theyHaveFloor', { name });
}

/**
 * Who is ready to move on to solving it, while talking: a switch needs both, so each is told
 * when only one has asked. Nothing when neither (or both) has.
 */
export function solveNote(
  session: LiveSession,
  myId: string,
  members: readonly Member[],
): string | undefined {
  if (session.phase !== 'talking') return undefined;
  const other = otherIn(session, myId);
  const mine = session.wantsToSolve.includes(myId);
  const theirs = session.wantsToSolve.includes(other);
  const name = nameIn(members, other);
  if (theirs && !mine) return t('connect.talk.solve.theyAsked', { name });
  if (mine && !theirs) return t('connect.talk.solve.youAsked', { name });
  return undefined;
}
