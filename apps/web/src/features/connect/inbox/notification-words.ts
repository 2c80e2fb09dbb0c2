import type { Appreciation, LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { decisionPath } from '../../decisions/decide-nav';
import { datePath } from '../../dates/dates-path';
import { peoplePath } from '../../people/people-path';
import { spacePath } from '../../spaces/space-paths';
import { appreciatePath, meetingPath, promptsPath, talkSessionPath } from '../connect-nav';
import type { InboxItem } from './inbox-api';

/** Where a notification's sender can be found: the notes I received, the talks I am in. */
export interface SenderClues {
  members: readonly Pick<Member, 'userId' | 'displayName' | 'isMe'>[];
  received: readonly Pick<Appreciation, 'id' | 'fromId'>[];
  sessions: readonly Pick<LiveSession, 'id' | 'starterId'>[];
}

/**
 * Who sent an appreciation, asked to talk, reached out to make up or encouraged a goal: found through what it is
 * about, or, in a couple, the only other person. Undefined for the meeting, prompts, decisions
 * and topics, which come from no one, and when the sender cannot be told (they have left, or
 * the note is not loaded yet).
 */
export function senderOf(item: InboxItem, clues: SenderClues): string | undefined {
  let senderId: string | undefined;
  switch (item.type) {
    case 'appreciation':
      senderId = clues.received.find((note) => note.id === item.refId)?.fromId;
      break;
    case 'session':
      senderId = clues.sessions.find((session) => session.id === item.refId)?.starterId;
      break;
    case 'repair':
    case 'growth':
    case 'date':
      // Repairs, encouragement and a date's news are not among the clues: in a couple it is
      // the other one, else no one named.
      break;
    case 'meeting':
    case 'prompt':
    case 'decision':
    case 'conflict':
    case 'people':
      return undefined;
  }
  const others = clues.members.filter((member) => !member.isMe);
  const id = senderId ?? (others.length === 1 ? others[0]?.userId : undefined);
  return clues.members.find((member) => member.userId === id)?.displayName;
}

/** A notification in words: "Sam sent you an appreciation", "Sam would like to talk". */
export function notificationText(item: Pick<InboxItem, 'type'>, sender?: string): string {
  switch (item.type) {
    case 'appreciation':
      return sender
        ? t('connect.inbox.item.appreciation', { name: sender })
        : t('connect.inbox.item.appreciationFromSomeone');
    case 'session':
      return sender
        ? t('connect.inbox.item.session', { name: sender })
        : t('connect.inbox.item.sessionFromSomeone');
    case 'meeting':
      return t('connect.inbox.item.meeting');
    case 'prompt':
      return t('connect.inbox.item.prompt');
    case 'decision':
      return t('connect.inbox.item.decision');
    case 'conflict':
      return t('connect.inbox.item.conflict');
    case 'repair':
      return sender
        ? t('connect.inbox.item.repair', { name: sender })
        : t('connect.inbox.item.repairFromSomeone');
    case 'growth':
      return sender
        ? t('connect.inbox.item.growth', { name: sender })
        : t('connect.inbox.item.growthFromSomeone');
    case 'people':
      return t('people.inbox.item');
    case 'date':
      return sender ? t('dates.inbox.item', { name: sender }) : t('dates.inbox.itemFromSomeone');
  }
}

/**
 * Where a notification leads: the note's page, the live talk, the prompts, the meeting, the
 * decision, the topic, the place we work things out (where the repairs are), or the goals.
 */
export function notificationPath(spaceId: string, item: Pick<InboxItem, 'type' | 'refId'>): string {
  switch (item.type) {
    case 'appreciation':
      return appreciatePath(spaceId);
    case 'session':
      return talkSessionPath(spaceId, item.refId);
    case 'meeting':
      return meetingPath(spaceId);
    case 'prompt':
      return promptsPath(spaceId);
    case 'decision':
      return decisionPath(spaceId, item.refId);
    case 'conflict':
      return `${spacePath(spaceId, 'resolve')}/${encodeURIComponent(item.refId)}`;
    case 'repair':
      return spacePath(spaceId, 'resolve');
    case 'growth':
      return spacePath(spaceId, 'growth');
    case 'people':
      return peoplePath(spaceId);
    case 'date':
      return datePath(spaceId, item.refId);
  }
}
