import {
  addDays,
  isRevealed,
  localDateIn,
  revealWhenAllAnswered,
  waitingForAnswers,
  type AnswerView,
} from '@tandem/shared';
import { AppError, invalidField } from '../../http/app-error';
import type { CheckinRow } from './checkins.repository';

/** One day of a space as the reveal rules see it: its current members and its check-ins. */
export interface CheckinDay {
  memberIds: readonly string[];
  checkins: readonly CheckinRow[];
}

const asAnswer = (row: CheckinRow) => ({
  authorId: row.author_id,
  visibility: row.visibility,
  revealedEarly: row.revealed_at !== null,
  roundCompleted: row.unsealed_at !== null,
});

/** What `viewerId` may see of a check-in, given everyone's check-ins for the same day. */
export function checkinView(viewerId: string, row: CheckinRow, day: CheckinDay): AnswerView {
  return revealWhenAllAnswered(viewerId, asAnswer(row), day.memberIds, day.checkins.map(asAnswer));
}

export function waitingForCheckins(day: CheckinDay): string[] {
  return waitingForAnswers(day.memberIds, day.checkins.map(asAnswer));
}

/**
 * Once the others can see a check-in it is final: changing or withdrawing it after reading
 * theirs would let one answer sway, or be traded for, another.
 */
export function isFinal(row: CheckinRow, day: CheckinDay): boolean {
  return isRevealed(asAnswer(row), day.memberIds, day.checkins.map(asAnswer));
}

/** Only the author changes a check-in, and only until it is revealed. */
export function checkinCapabilities(viewerId: string, row: CheckinRow, day: CheckinDay) {
  const open = row.author_id === viewerId && !isFinal(row, day);
  return {
    canEdit: open,
    canDelete: open,
    canReveal: open && row.visibility === 'shared',
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

export function requireNotFinal(row: CheckinRow, day: CheckinDay): void {
  if (isFinal(row, day)) throw new AppError('checkin_final');
}

/**
 * A daily check-in is for today, in the author's own time zone; yesterday stays open for a late
 * one. Older days are history, and tomorrow has not happened yet.
 */
export function isOpenDate(date: string, timeZone: string, now = new Date()): boolean {
  const today = localDateIn(timeZone, now);
  return date >= addDays(today, -1) && date <= today;
}

export function requireOpenDate(date: string, timeZone: string): void {
  if (!isOpenDate(date, timeZone)) {
    throw invalidField('date', 'You can check in for today or yesterday.');
  }
}
