import type { Appreciation } from '@tandem/shared';
import { format, t } from '../../../lib/i18n';
import { hasArrived, whenInWords } from './delivery';

/** Under a received note: who from, and the day it arrived. */
export function receivedMeta(note: Appreciation, from: string, timeZone: string): string {
  return t('connect.appreciate.history.from', {
    name: from,
    date: format.date(note.deliverAt, timeZone),
  });
}

/** Under a given note: who for, and the day it arrived or when it will ("Arrives …"). */
export function givenMeta(note: Appreciation, to: string, timeZone: string, now: Date): string {
  return hasArrived(note, now)
    ? t('connect.appreciate.history.to', { name: to, date: format.date(note.deliverAt, timeZone) })
    : t('connect.appreciate.history.toLater', {
        name: to,
        when: whenInWords(note.deliverAt, timeZone, now),
      });
}
