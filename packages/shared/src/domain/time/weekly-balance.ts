import { calendarPeriods, startOfDayIn } from '../local-date';
import { type CalendarEvent, type EventKind, eventKinds } from './calendar-event';
import { occurrencesBetween } from './occurrences';

/**
 * The week (Monday to Monday) that a calendar day falls in, in a member's own zone: each
 * partner's week starts at their own Monday midnight. A week with a daylight-saving change is
 * 167 or 169 hours long, not 168.
 */
export function weekOf(
  timeZone: string,
  date: string,
): { start: string; end: string; firstDay: string } {
  const week = calendarPeriods('week', 1, date)[0]!;
  return {
    start: startOfDayIn(timeZone, week.start),
    end: startOfDayIn(timeZone, week.end),
    firstDay: week.start,
  };
}

type Interval = [start: number, end: number];

/**
 * Minutes a member spent in each kind of event during a week ([start, end) ISO instants): their
 * timed occurrences, clipped to the week, with overlapping occurrences of the same kind counted
 * once (two family dinners booked over each other are one evening, not two). All-day events do
 * not count: "a day at the in-laws" marks the day, it is not 24 hours of family time, and
 * counting it would drown every wish in the balance.
 */
export function weeklyBalance(input: {
  memberId: string;
  week: { start: string; end: string };
  events: CalendarEvent[];
}): Record<EventKind, number> {
  const weekStart = Date.parse(input.week.start);
  const weekEnd = Date.parse(input.week.end);
  const byKind = new Map<EventKind, Interval[]>(eventKinds.map((kind) => [kind, []]));
  for (const event of input.events) {
    if (event.allDay || !event.participantIds.includes(input.memberId)) continue;
    for (const occurrence of occurrencesBetween(event, input.week.start, input.week.end)) {
      const start = Math.max(Date.parse(occurrence.start), weekStart);
      const end = Math.min(Date.parse(occurrence.end), weekEnd);
      if (end > start) byKind.get(event.kind)?.push([start, end]);
    }
  }
  const minutes = (kind: EventKind) => unionLength(byKind.get(kind) ?? []) / 60_000;
  return {
    together: minutes('together'),
    solo: minutes('solo'),
    social: minutes('social'),
    family: minutes('family'),
    work: minutes('work'),
  };
}

/** The length of the union of intervals: overlaps counted once. */
function unionLength(intervals: Interval[]): number {
  let total = 0;
  let reached = -Infinity;
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    if (end <= reached) continue;
    total += end - Math.max(start, reached);
    reached = end;
  }
  return total;
}

/**
 * For each kind a member has a wish for (minutes a week, in the order of `eventKinds`), what
 * they had, what they wished and the gap between: actual minus wished, so negative when short
 * of the wish and positive when over it (too much work is a gap as well).
 */
export function balanceGaps(
  actual: Record<EventKind, number>,
  wished: Partial<Record<EventKind, number>>,
): { kind: EventKind; actual: number; wished: number; gap: number }[] {
  return eventKinds.flatMap((kind) => {
    const wish = wished[kind];
    if (wish === undefined) return [];
    return [{ kind, actual: actual[kind], wished: wish, gap: actual[kind] - wish }];
  });
}
