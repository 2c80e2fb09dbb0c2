import { addDays, relativeDay } from '../../lib/dates';

export interface DayLinks {
  previous: string;
  /** Absent on today and after: there is nothing to check in for in the future. */
  next: string | undefined;
  /** Offered from any day that is not today or next to it, however far away. */
  backToToday: boolean;
}

/** Where the day navigation can go from `day`. */
export function dayLinks(day: string, today: string): DayLinks {
  return {
    previous: addDays(day, -1),
    next: day < today ? addDays(day, 1) : undefined,
    backToToday: relativeDay(day, today) === undefined,
  };
}
