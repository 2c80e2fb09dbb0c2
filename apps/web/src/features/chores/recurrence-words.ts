import { format, t } from '../../lib/i18n';

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];
const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;
type Frequency = (typeof frequencies)[number];

export interface Recurrence {
  freq: Frequency;
  interval: number;
  /** In calendar order, whatever order the rule gave them in. */
  byDay: Weekday[];
}

const isWeekday = (day: string): day is Weekday => (weekdays as readonly string[]).includes(day);
const isFrequency = (freq: string): freq is Frequency =>
  (frequencies as readonly string[]).includes(freq);

/** The RRULE subset the server accepts (FREQ, INTERVAL, BYDAY); undefined for anything else. */
export function parseRecurrence(rrule: string): Recurrence | undefined {
  const parts = new Map(
    rrule.split(';').map((part) => part.split('=') as [string, string | undefined]),
  );
  const freq = parts.get('FREQ') ?? '';
  const interval = Number(parts.get('INTERVAL') ?? '1');
  const days = parts.get('BYDAY')?.split(',') ?? [];
  if (!isFrequency(freq) || !Number.isInteger(interval) || interval < 1) return undefined;
  if (!days.every(isWeekday)) return undefined;
  return { freq, interval, byDay: weekdays.filter((day) => days.includes(day)) };
}

function weeklyInWords({ interval, byDay }: Recurrence): string {
  if (byDay.length === 0) return t('chores.every.week', { count: interval });
  let days: string;
  if (byDay.length === 7) days = t('chores.every.day', { count: 1 });
  else if (byDay.join() === 'MO,TU,WE,TH,FR') days = t('chores.every.weekdays');
  else days = format.list(byDay.map((day) => t(`chores.day.${day}`)));
  return interval === 1 ? days : t('chores.every.daysEveryWeeks', { days, count: interval });
}

/** "Every day", "Mondays and Thursdays", "Every 2 weeks", "Monthly"; a one-off is "Once". */
export function recurrenceInWords(rrule: string | null): string {
  if (rrule === null) return t('chores.every.once');
  const recurrence = parseRecurrence(rrule);
  // The server only stores rules it can read; should one slip through, show it rather than lie.
  if (!recurrence) return rrule;
  const count = recurrence.interval;
  switch (recurrence.freq) {
    case 'DAILY':
      return t('chores.every.day', { count });
    case 'WEEKLY':
      return weeklyInWords(recurrence);
    case 'MONTHLY':
      return t('chores.every.month', { count });
    case 'YEARLY':
      return t('chores.every.year', { count });
  }
}
