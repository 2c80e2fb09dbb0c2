import type { Member } from '@tandem/shared';
import { todayIn } from '../../../lib/dates';
import { t } from '../../../lib/i18n';
import { TOPIC_MAX_CHARS } from '../talk/talk-moves';
import { clockTime } from '../talk/time-out';
import { shortDayInWords } from './action-words';

/** A member's name; someone who has since left the space is "Former member". */
export const memberName = (members: readonly Member[], userId: string): string =>
  members.find((member) => member.userId === userId)?.displayName ??
  t('connect.meeting.formerMember');

/** "You" for me, everyone else by name. */
export const nameOrYou = (members: readonly Member[], myId: string, userId: string): string =>
  userId === myId ? t('connect.meeting.you') : memberName(members, userId);

/** "Added by Sam", or "Added by you", under a topic. */
export const addedBy = (
  userId: string,
  viewer: { myId: string; members: readonly Member[] },
): string =>
  userId === viewer.myId
    ? t('connect.meeting.agenda.byYou')
    : t('connect.meeting.agenda.by', { name: memberName(viewer.members, userId) });

/** The day a meeting took place on my calendar: "Sun, Nov 29" (with the year if not this one). */
export const meetingDay = (startedAt: string, timeZone: string, today: string): string =>
  shortDayInWords(todayIn(timeZone, new Date(startedAt)), today);

/** Who started the meeting under way, and when: the time if today, else the day. */
export function underWayLine(
  meeting: { startedBy: string; startedAt: string },
  members: readonly Member[],
  myId: string,
  timeZone: string,
  now: Date = new Date(),
): string {
  const today = todayIn(timeZone, now);
  const when =
    todayIn(timeZone, new Date(meeting.startedAt)) === today
      ? t('connect.meeting.start.atTime', { time: clockTime(meeting.startedAt, timeZone) })
      : t('connect.meeting.start.onDay', { day: meetingDay(meeting.startedAt, timeZone, today) });
  return meeting.startedBy === myId
    ? t('connect.meeting.start.underWayByYou', { when })
    : t('connect.meeting.start.underWay', { name: memberName(members, meeting.startedBy), when });
}

/** A topic as a live talk takes it: an agenda topic may be longer than a talk's topic. */
export function talkTopic(text: string): string {
  const topic = text.trim();
  return topic.length <= TOPIC_MAX_CHARS ? topic : `${topic.slice(0, TOPIC_MAX_CHARS - 1)}…`;
}
