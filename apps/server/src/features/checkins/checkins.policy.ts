import { revealWhenAllAnswered, waitingForAnswers, type AnswerView } from '@tandem/shared';
import { AppError } from '../../http/app-error';
import type { CheckinRow } from './checkins.repository';

const asAnswer = (row: CheckinRow) => ({
  authorId: row.author_id,
  visibility: row.visibility,
  revealedEarly: row.revealed_at !== null,
});

/** What `viewerId` may see of a check-in, given everyone's check-ins for the same day. */
export function checkinView(
  viewerId: string,
  row: CheckinRow,
  memberIds: readonly string[],
  sameDay: readonly CheckinRow[],
): AnswerView {
  return revealWhenAllAnswered(viewerId, asAnswer(row), memberIds, sameDay.map(asAnswer));
}

export function waitingForCheckins(memberIds: readonly string[], sameDay: readonly CheckinRow[]) {
  return waitingForAnswers(memberIds, sameDay.map(asAnswer));
}

/** Only the author changes a check-in; revealing early makes sense only while others wait. */
export function checkinCapabilities(
  viewerId: string,
  row: CheckinRow,
  memberIds: readonly string[],
  sameDay: readonly CheckinRow[],
) {
  const isAuthor = row.author_id === viewerId;
  const othersWaiting = waitingForCheckins(memberIds, sameDay).length > 0;
  return {
    canEdit: isAuthor,
    canDelete: isAuthor,
    canReveal: isAuthor && row.visibility === 'shared' && row.revealed_at === null && othersWaiting,
  };
}

/**
 * Someone else's private check-in does not exist as far as the caller can tell (404); a shared
 * one they can see but not change (403).
 */
export function requireAuthor(viewerId: string, row: CheckinRow | undefined): CheckinRow {
  if (!row || (row.visibility === 'private' && row.author_id !== viewerId)) {
    throw new AppError('not_found');
  }
  if (row.author_id !== viewerId) throw new AppError('forbidden');
  return row;
}
