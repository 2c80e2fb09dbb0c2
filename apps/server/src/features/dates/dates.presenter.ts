import {
  type DateIdea,
  type DateIdeaRef,
  type DateIdeaView,
  type Memory,
  type PlannedDate,
} from '@tandem/shared';
import type * as repo from './dates.repository';
import type { PhotoType } from './photo-processing';

type Answer = PlannedDate['participants'][number]['answer'];
type Status = PlannedDate['status'];

/**
 * Where a plan stands. It goes ahead once no one is left to answer and two or more said yes
 * (in a household, whoever declined stays home); it falls through once fewer than two could
 * still come.
 */
export function statusOf(cancelled: boolean, answers: readonly Answer[]): Status {
  if (cancelled) return 'cancelled';
  const yes = answers.filter((a) => a === 'accepted').length;
  const open = answers.filter((a) => a === 'invited').length;
  if (yes + open < 2) return 'declined';
  return open > 0 ? 'invited' : 'accepted';
}

export function presentDate(
  row: repo.DateRow,
  participants: readonly repo.ParticipantRow[],
  extras: { memoryCount: number; eventId: string | null },
  viewerId: string,
  now: string,
): PlannedDate {
  const answers = participants.map((p) => p.answer as Answer);
  const status = statusOf(row.cancelled_at !== null, answers);
  const open = status !== 'cancelled';
  const past = row.end_at <= now;
  return {
    id: row.id,
    title: row.title,
    note: row.note,
    place: row.place,
    idea: ideaRefOf(row),
    start: row.start_local,
    end: row.end_local,
    timeZone: row.time_zone,
    startAt: row.start_at,
    endAt: row.end_at,
    plannedBy: row.planned_by,
    suggestion:
      row.suggested_by === null ? null : { by: row.suggested_by, note: row.suggestion_note },
    participants: participants.map((p) => ({
      userId: p.user_id,
      answer: p.answer as Answer,
      answeredAt: p.answered_at,
    })),
    status,
    past,
    eventId: extras.eventId,
    memoryCount: extras.memoryCount,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    capabilities: {
      canEdit: open,
      canAnswer: open && !past,
      canReschedule: open,
      canCancel: open && !past && row.planned_by === viewerId,
      canAddMemory: open && row.start_at <= now,
    },
  };
}

function ideaRefOf(row: repo.DateRow): DateIdeaRef | null {
  if (row.idea_key !== null) return { source: 'bank', key: row.idea_key };
  if (row.idea_id !== null) return { source: 'ours', id: row.idea_id };
  return null;
}

export function presentBankIdea(idea: DateIdea): DateIdeaView {
  const { key, ...rest } = idea;
  return { ref: { source: 'bank', key }, ...rest, createdBy: null };
}

/** A couple's own idea, in the bank's shape (its id as its key) so both are filtered alike. */
export function ownIdeaOf(row: repo.IdeaRow): DateIdea & { createdBy: string } {
  return {
    key: row.id,
    title: row.title,
    description: row.description,
    setting: row.setting as DateIdea['setting'],
    cost: row.cost as DateIdea['cost'],
    duration: row.duration as DateIdea['duration'],
    energy: row.energy as DateIdea['energy'],
    seasons: JSON.parse(row.seasons) as DateIdea['seasons'],
    createdBy: row.created_by,
  };
}

export function presentOwnIdea({ key, ...idea }: ReturnType<typeof ownIdeaOf>): DateIdeaView {
  return { ref: { source: 'ours', id: key }, ...idea };
}

export function presentMemory(
  row: repo.MemoryRow & { date_title: string | null },
  spaceId: string,
  viewerId: string,
): Memory {
  return {
    id: row.id,
    dateId: row.date_id,
    dateTitle: row.date_title,
    authorId: row.author_id,
    day: row.day,
    note: row.note,
    photo:
      row.photo_id === null
        ? null
        : {
            url: `/api/v1/spaces/${spaceId}/dates/photos/${row.photo_id}`,
            type: row.photo_type as PhotoType,
            width: row.photo_width ?? 0,
            height: row.photo_height ?? 0,
          },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    capabilities: { canEdit: row.author_id === viewerId },
  };
}
