import type { CalendarEvent, CalendarEventView, EventKind } from '@tandem/shared';
import type { EventRow } from './calendar.repository';

/** An event row with who takes part, in the domain's terms (what recurrence and balance use). */
export function eventOf(row: EventRow, participantIds: string[]): CalendarEvent {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind as EventKind,
    participantIds,
    allDay: row.all_day === 1,
    start: row.start_local,
    end: row.end_local,
    timeZone: row.time_zone,
    rrule: row.rrule,
    exdates: JSON.parse(row.exdates) as string[],
    protected: row.protected === 1,
  };
}

/**
 * Whose it is decides what shows: someone else's protected time is theirs — the others see when
 * it is, as that person's own time, never its title or notes; a date is its people's — the rest
 * of a household sees when, and who, but not what or where.
 */
export function presentEvent(
  viewerId: string,
  row: EventRow,
  participantIds: string[],
): CalendarEventView {
  const event = eventOf(row, participantIds);
  const hidden =
    (event.protected && row.created_by !== viewerId) ||
    (row.date_id !== null && !participantIds.includes(viewerId));
  return {
    ...event,
    title: hidden ? null : event.title,
    description: hidden ? null : row.description,
    createdBy: row.created_by,
    imported: row.import_uid !== null,
    dateId: row.date_id,
    updatedAt: row.updated_at,
    capabilities: { canEdit: mayEdit(viewerId, row, participantIds) },
  };
}

/**
 * Its author and those taking part may change an event; protected time only its author; a
 * date's event no one — it follows the date, changed in Dates.
 */
export function mayEdit(viewerId: string, row: EventRow, participantIds: string[]): boolean {
  if (row.date_id !== null) return false;
  if (row.created_by === viewerId) return true;
  return row.protected === 0 && participantIds.includes(viewerId);
}
