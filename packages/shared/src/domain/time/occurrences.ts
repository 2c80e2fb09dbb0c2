import { addDays, daysBetween, localDateIn, startOfDayIn } from '../local-date';
import type { CalendarEvent, Occurrence } from './calendar-event';
import { type EventRule, expandEventRule, parseEventRule, zonedInstant } from './event-recurrence';

/**
 * The most occurrences one call looks at (those left out by exdates included). A daily event
 * has about 3,650 in ten years, so no calendar view or weekly balance comes near it; it is there
 * so that a request for a window of centuries cannot keep the server busy. When it is reached
 * the result is the earliest occurrences only: a caller that gets this many should ask for a
 * shorter window.
 */
export const maxOccurrencesPerCall = 10_000;

/** A one-off is the rule that happens once, so both go through the same expansion. */
const once: EventRule = { freq: 'DAILY', interval: 1, byDay: [], count: 1, until: null };

/**
 * Every occurrence of an event overlapping [from, to) (ISO instants), in order, after its COUNT,
 * UNTIL and exdates. A timed occurrence starts and ends at the event's wall-clock times in its
 * zone, each converted on its own day, so a weekly 19:00–21:00 is 19:00–21:00 there on both
 * sides of a daylight-saving change; an all-day one runs from the start of its first day to the
 * start of the day after its last. Throws when the event's rule is not supported.
 */
export function occurrencesBetween(event: CalendarEvent, from: string, to: string): Occurrence[] {
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  if (!(fromMs < toMs)) return [];
  const zone = event.timeZone;
  const spanDays = Math.max(0, daysBetween(event.start.slice(0, 10), event.end.slice(0, 10)));
  // Local days wide enough for every occurrence that can reach the window: one that starts
  // `spanDays` before it may still run into it, and a day either side absorbs the zone's offset.
  const starts = expandEventRule(
    event.rrule === null ? once : parseEventRule(event.rrule),
    event.start,
    {
      from: addDays(localDateIn(zone, new Date(fromMs)), -spanDays - 1),
      to: addDays(localDateIn(zone, new Date(toMs)), 1),
      timeZone: zone,
      limit: maxOccurrencesPerCall,
    },
  );

  // Exdates are compared at the precision of the event's start ('…T19:00:00' names '…T19:00').
  const skipped = new Set(event.exdates.map((date) => date.slice(0, event.start.length)));
  const endTime = event.end.slice(10);
  const occurrences: Occurrence[] = [];
  for (const localStart of starts) {
    if (skipped.has(localStart)) continue;
    const lastDay = addDays(localStart.slice(0, 10), spanDays);
    const start = event.allDay ? startOfDayIn(zone, localStart) : zonedInstant(zone, localStart);
    const end = event.allDay
      ? startOfDayIn(zone, addDays(lastDay, 1))
      : zonedInstant(zone, lastDay + endTime);
    const startMs = Date.parse(start);
    // An end in a skipped hour can land before its start (02:30–03:00 on a spring-forward night
    // is 03:30–03:00): such an occurrence is empty, never negative.
    const endMs = Math.max(startMs, Date.parse(end));
    if (startMs >= toMs) break;
    // Overlapping the window; an empty occurrence counts when its instant is inside it.
    if (endMs > fromMs || startMs >= fromMs) {
      occurrences.push({
        eventId: event.id,
        start,
        end: new Date(endMs).toISOString(),
        localStart,
      });
    }
  }
  return occurrences;
}
