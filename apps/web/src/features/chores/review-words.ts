import type { Responsibility, ReviewView } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { formatDuration } from './chore-minutes';

/** How often a review can be suggested, in months; 0 is never. */
export const reviewIntervals = [0, 1, 2, 3, 6, 12] as const;

/**
 * The intervals to offer: the usual ones, plus the one saved if it is another (the API takes
 * any whole number of months up to 12), so the choice on screen is always the real one.
 */
export function reviewChoices(saved: number): number[] {
  const choices: number[] = [...reviewIntervals];
  return choices.includes(saved) ? choices : [...choices, saved].sort((a, b) => a - b);
}

/** "Every 3 months", or "Never". */
export function reviewIntervalLabel(months: number): string {
  return months === 0 ? t('chores.review.never') : t('chores.review.every', { count: months });
}

/**
 * What the log says things really take, one sentence per responsibility still on the list:
 * "Laundry takes about 50 min to do by your log, not 30 min."
 */
export function adjustmentSentences(
  adjustments: ReviewView['adjustments'],
  chores: readonly Responsibility[],
): string[] {
  return adjustments.flatMap((adjustment) => {
    const chore = chores.find((c) => c.id === adjustment.choreId);
    if (!chore) return [];
    return [
      t('chores.review.adjustment', {
        name: chore.name,
        logged: formatDuration(adjustment.loggedMinutes),
        planned: formatDuration(adjustment.plannedMinutes),
      }),
    ];
  });
}
