/**
 * How often a responsibility comes round in a year, from the RRULE subset the app offers
 * (FREQ, INTERVAL, BYDAY). A one-off (no rule) happens once. Loads are compared per year so
 * that a yearly tax return and a daily dinner weigh in the same unit.
 */
export function occurrencesPerYear(rrule: string | null): number {
  if (!rrule) return 1;
  const parts = new Map(
    rrule.split(';').map((part) => part.split('=') as [string, string | undefined]),
  );
  const interval = Math.max(1, Number(parts.get('INTERVAL') ?? 1) || 1);
  const days = parts.get('BYDAY')?.split(',').length ?? 1;
  const perYear: Record<string, number> = {
    DAILY: 365,
    WEEKLY: 52 * days,
    MONTHLY: 12,
    YEARLY: 1,
  };
  return (perYear[parts.get('FREQ') ?? ''] ?? 1) / interval;
}

/** Minutes a week a responsibility takes, all stages, averaged over the year. */
export function minutesPerWeek(minutesPerOccurrence: number, rrule: string | null): number {
  return (minutesPerOccurrence * occurrencesPerYear(rrule)) / 52;
}
