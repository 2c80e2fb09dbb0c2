import { t } from '../../lib/i18n';
import type { ImportResult } from './time-api';

/** An import's outcome in sentences, then one line per event left out, saying why. */
export function importSummary(result: ImportResult): { lines: string[]; skipped: string[] } {
  const lines = [t('time.import.done', { count: result.imported })];
  if (result.updated > 0) lines.push(t('time.import.updated', { count: result.updated }));
  if (result.skipped.length > 0) {
    lines.push(t('time.import.skipped', { count: result.skipped.length }));
  }
  return {
    lines,
    skipped: result.skipped.map((item) =>
      t('time.import.skippedItem', {
        title: item.title.trim() || t('time.import.untitled'),
        reason: item.reason,
      }),
    ),
  };
}
