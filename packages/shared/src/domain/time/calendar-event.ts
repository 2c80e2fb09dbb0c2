/**
 * Time together and apart. An event happens on a member's calendar in one IANA time zone, at a
 * wall-clock time there (so a weekly 19:00 stays at 19:00 across daylight-saving changes), and
 * counts toward the weekly balance of the members taking part, by its kind.
 */
export const eventKinds = ['together', 'solo', 'social', 'family', 'work'] as const;
export type EventKind = (typeof eventKinds)[number];

export interface CalendarEvent {
  id: string;
  title: string;
  kind: EventKind;
  /** Who takes part: whose balance it counts toward. */
  participantIds: string[];
  allDay: boolean;
  /** Timed: wall-clock 'YYYY-MM-DDTHH:MM' in `timeZone`. All-day: 'YYYY-MM-DD'. */
  start: string;
  /** Timed: wall-clock 'YYYY-MM-DDTHH:MM' in `timeZone`, after `start`. All-day: the last day, inclusive. */
  end: string;
  timeZone: string;
  /** An RFC 5545 RRULE value (without "RRULE:"), or null for a one-off. */
  rrule: string | null;
  /** Starts (same form as `start`) of occurrences left out. */
  exdates: string[];
  /** Protected solo time: shown to the others as their own time, not as absence. */
  protected: boolean;
}

/** One occurrence of an event, as instants. */
export interface Occurrence {
  eventId: string;
  /** ISO 8601 UTC instants; an all-day occurrence runs from the start of its first day to the
   * start of the day after its last, in the event's zone. */
  start: string;
  end: string;
  /** The occurrence's own start in the event's terms (same form as `CalendarEvent.start`). */
  localStart: string;
}
