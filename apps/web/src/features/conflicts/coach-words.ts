import { t } from '../../lib/i18n';
import type { CoachNotes } from './use-wording-coach';

/**
 * The coach's one-line summary, read out politely after a pause in typing: how many notes it
 * has, or nothing at all for an empty box (there is nothing to say yet).
 */
export function coachSummary(notes: Pick<CoachNotes, 'flags' | 'text'>): string {
  if (notes.text.trim() === '') return '';
  const count = notes.flags.length;
  return count === 0 ? t('resolve.coach.clear') : t('resolve.coach.count', { count });
}
