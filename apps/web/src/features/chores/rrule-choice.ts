import { parseRecurrence, weekdays, type Weekday } from './recurrence-words';

/** What "How often" offers; every one of them is exactly one RRULE (or none, for "Once"). */
export const recurrenceChoices = [
  'once',
  'daily',
  'weekly',
  'biweekly',
  'monthly',
  'quarterly',
  'yearly',
] as const;
export type RecurrenceChoice = (typeof recurrenceChoices)[number];

export interface RecurrenceSelection {
  choice: RecurrenceChoice;
  /** Only for `weekly`: the days it falls on, none meaning any day of the week. */
  days: readonly Weekday[];
}

const inCalendarOrder = (days: readonly Weekday[]): Weekday[] =>
  weekdays.filter((day) => days.includes(day));

/** The RRULE the server stores for a choice; null for a one-off. */
export function choiceToRrule({ choice, days }: RecurrenceSelection): string | null {
  switch (choice) {
    case 'once':
      return null;
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly': {
      const byDay = inCalendarOrder(days);
      return byDay.length > 0 ? `FREQ=WEEKLY;BYDAY=${byDay.join(',')}` : 'FREQ=WEEKLY';
    }
    case 'biweekly':
      return 'FREQ=WEEKLY;INTERVAL=2';
    case 'monthly':
      return 'FREQ=MONTHLY';
    case 'quarterly':
      return 'FREQ=MONTHLY;INTERVAL=3';
    case 'yearly':
      return 'FREQ=YEARLY';
  }
}

/**
 * The choice that shows a stored rule. Rules the form cannot make (say, every 3 days) map to the
 * nearest rhythm it offers; a rule it cannot read at all shows as "Every week".
 */
export function rruleToChoice(rrule: string | null): RecurrenceSelection {
  if (rrule === null) return { choice: 'once', days: [] };
  const recurrence = parseRecurrence(rrule);
  if (!recurrence) return { choice: 'weekly', days: [] };
  const { freq, interval, byDay } = recurrence;
  switch (freq) {
    case 'DAILY':
      return { choice: interval >= 4 ? 'weekly' : 'daily', days: [] };
    case 'WEEKLY':
      return interval >= 2 ? { choice: 'biweekly', days: [] } : { choice: 'weekly', days: byDay };
    case 'MONTHLY':
      if (interval >= 9) return { choice: 'yearly', days: [] };
      return { choice: interval >= 2 ? 'quarterly' : 'monthly', days: [] };
    case 'YEARLY':
      return { choice: 'yearly', days: [] };
  }
}
