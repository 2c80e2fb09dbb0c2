import type { RecurringExpense } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { parseRecurrence, recurrenceInWords } from '../../chores/recurrence-words';
import { dayInWords } from './plan-dates';

/** What "How often" offers for an expense; each is exactly one RRULE. */
export const repeatChoices = ['weekly', 'biweekly', 'monthly', 'quarterly', 'yearly'] as const;
export type RepeatChoice = (typeof repeatChoices)[number];

const rules: Record<RepeatChoice, string> = {
  weekly: 'FREQ=WEEKLY',
  biweekly: 'FREQ=WEEKLY;INTERVAL=2',
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  yearly: 'FREQ=YEARLY',
};

/** The RRULE the server stores for a choice. */
export const choiceToRrule = (choice: RepeatChoice): string => rules[choice];

export const isRepeatChoice = (value: string): value is RepeatChoice =>
  (repeatChoices as readonly string[]).includes(value);

/**
 * "Every month", "Every 2 weeks", "Every 3 months". Rules made elsewhere (through the API) are
 * read too: days of the week in the chores' words ("Mondays"), anything unreadable as it is.
 */
export function repeatInWords(rrule: string): string {
  const recurrence = parseRecurrence(rrule);
  if (!recurrence) return rrule;
  const count = recurrence.interval;
  switch (recurrence.freq) {
    case 'DAILY':
      return t('money.plans.recurring.every.day', { count });
    case 'WEEKLY':
      return recurrence.byDay.length > 0
        ? recurrenceInWords(rrule)
        : t('money.plans.recurring.every.week', { count });
    case 'MONTHLY':
      return t('money.plans.recurring.every.month', { count });
    case 'YEARLY':
      return t('money.plans.recurring.every.year', { count });
  }
}

/** "Every month, next on Dec 1", or "Every month · stopped" once it is stopped. */
export function scheduleInWords(
  recurring: Pick<RecurringExpense, 'rrule' | 'nextOn' | 'ended'>,
  today: string,
): string {
  const often = repeatInWords(recurring.rrule);
  if (recurring.ended || recurring.nextOn === null) {
    return t('money.plans.recurring.stoppedLine', { often });
  }
  return t('money.plans.recurring.next', { often, date: dayInWords(recurring.nextOn, today) });
}
