import type { PlannedDate } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { nameOf, type DatesContext } from './dates-context';

type Participant = PlannedDate['participants'][number];
type Viewer = Pick<DatesContext, 'myId' | 'members'>;

/**
 * One person's answer in words — "Sam said yes", "Waiting for Sam", "You can’t make it" — told
 * in the past once the date is over.
 */
export function answerWords(
  participant: Participant,
  date: Pick<PlannedDate, 'past'>,
  viewer: Viewer,
): string {
  const mine = participant.userId === viewer.myId;
  const name = nameOf(viewer.members, participant.userId);
  switch (participant.answer) {
    case 'accepted':
      return mine ? t('dates.answer.youYes') : t('dates.answer.yes', { name });
    case 'declined':
      if (date.past)
        return mine ? t('dates.answer.youCouldNot') : t('dates.answer.couldNot', { name });
      return mine ? t('dates.answer.youNo') : t('dates.answer.no', { name });
    case 'invited':
      if (date.past) return mine ? t('dates.answer.youNone') : t('dates.answer.none', { name });
      return mine ? t('dates.answer.youWaiting') : t('dates.answer.waiting', { name });
  }
}

/** Everyone's answer in words, mine first, then the others in the order the server gave. */
export function answersInWords(
  date: Pick<PlannedDate, 'participants' | 'past'>,
  viewer: Viewer,
): { userId: string; answer: Participant['answer']; words: string }[] {
  const mineFirst = [
    ...date.participants.filter((p) => p.userId === viewer.myId),
    ...date.participants.filter((p) => p.userId !== viewer.myId),
  ];
  return mineFirst.map((p) => ({
    userId: p.userId,
    answer: p.answer,
    words: answerWords(p, date, viewer),
  }));
}

/** "You planned it" or "Planned by Sam". */
export const plannedByWords = (date: Pick<PlannedDate, 'plannedBy'>, viewer: Viewer) =>
  date.plannedBy === viewer.myId
    ? t('dates.plannedByYou')
    : t('dates.plannedBy', { name: nameOf(viewer.members, date.plannedBy) });

/** Who offered the present time instead of the first, with what they said: "Sam suggested this time: …". */
export function suggestionWords(date: Pick<PlannedDate, 'suggestion'>, viewer: Viewer) {
  if (!date.suggestion) return null;
  const { by, note } = date.suggestion;
  const who =
    by === viewer.myId
      ? t('dates.suggestedByYou')
      : t('dates.suggestedBy', { name: nameOf(viewer.members, by) });
  return note ? t('dates.suggestedWithNote', { who, note }) : who;
}

/** Where the plan stands, in a few words. */
export function statusWords(date: Pick<PlannedDate, 'status' | 'past'>): string {
  switch (date.status) {
    case 'invited':
      return date.past ? t('dates.status.unanswered') : t('dates.status.invited');
    case 'accepted':
      return date.past ? t('dates.status.went') : t('dates.status.accepted');
    case 'declined':
      return t('dates.status.declined');
    case 'cancelled':
      return t('dates.status.cancelled');
  }
}
