import { minutesPerWeek, type StageMinutes } from '@tandem/shared';
import { t } from '../../lib/i18n';

export const totalMinutes = (minutes: StageMinutes) => minutes.notice + minutes.plan + minutes.do;

/**
 * Whole minutes a week a responsibility takes, all stages, averaged over the year: the same
 * arithmetic the server shares chores out by, so the numbers on screen agree with it.
 */
export function weeklyMinutes(minutes: StageMinutes, rrule: string | null): number {
  return Math.round(minutesPerWeek(totalMinutes(minutes), rrule));
}

/** "45 min", "2 h", "4 h 10 min", rounded to the minute. */
export function formatDuration(minutes: number): string {
  const rounded = Math.max(0, Math.round(minutes));
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return t('chores.duration.minutes', { minutes: rest });
  if (rest === 0) return t('chores.duration.hours', { hours });
  return t('chores.duration.hoursMinutes', { hours, minutes: rest });
}

/** The starter list's hint: "about 1 h 5 min a week". */
export function aboutPerWeek(minutes: StageMinutes, rrule: string | null): string {
  const weekly = weeklyMinutes(minutes, rrule);
  if (weekly === 0) return t('chores.underAMinute');
  return t('chores.aboutPerWeek', { duration: formatDuration(weekly) });
}

/** "Notice 5 · Plan 5 · Do 60 min". */
export function stagesInWords(minutes: StageMinutes): string {
  return t('chores.stages', { notice: minutes.notice, plan: minutes.plan, do: minutes.do });
}
