import type { AnswerView, Checkin } from '@tandem/shared';
import type { CheckinRow } from './checkins.repository';

/**
 * A sealed check-in leaves the server with no content fields at all. Hidden ones (someone
 * else's private check-in) are never presented; the repository does not even load them.
 */
export function presentCheckin(
  row: CheckinRow,
  view: Exclude<AnswerView, 'hidden'>,
  capabilities: Checkin['capabilities'],
): Checkin {
  const envelope = {
    id: row.id,
    authorId: row.author_id,
    date: row.date,
    visibility: row.visibility,
    revealedEarly: row.revealed_at !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    capabilities,
  };
  if (view === 'sealed') return { ...envelope, sealed: true };
  return {
    ...envelope,
    sealed: false,
    mood: row.mood,
    energy: row.energy,
    need: row.need,
    appreciation: row.appreciation,
  };
}
