import { format, t } from '../../lib/i18n';
import { rruleToRepeat } from './repeat-rule';

/**
 * "every week on Monday and Thursday, until Sunday, May 31", "every day, 10 times"; null for a
 * one-off. Read back from the stored rule, whichever app made it.
 */
export function repeatInWords(rrule: string | null): string | null {
  if (rrule === null) return null;
  const repeat = rruleToRepeat(rrule);
  const count = repeat.interval;
  let rule: string;
  switch (repeat.choice) {
    case 'never':
      return null;
    case 'daily':
      rule = t('time.every.day', { count });
      break;
    case 'weekly':
      rule =
        repeat.days.length > 0
          ? t('time.every.weekOn', {
              count,
              days: format.list(repeat.days.map((day) => t(`time.form.day.${day}`))),
            })
          : t('time.every.week', { count });
      break;
    case 'monthly':
      rule = t('time.every.month', { count });
      break;
    case 'yearly':
      rule = t('time.every.year', { count });
      break;
  }
  if (repeat.end === 'until') return t('time.every.until', { rule, day: format.day(repeat.until) });
  if (repeat.end === 'count') return t('time.every.times', { rule, count: Number(repeat.count) });
  return rule;
}
