import { newId, type Executor } from '../../db/executor';
import * as calendar from '../time/calendar.repository';
import { statusOf } from './dates.presenter';
import * as repo from './dates.repository';

/**
 * Keeps a date's together-event on the calendar true to it, inside the same transaction: there
 * while the plan goes ahead — at its time, with whoever said yes, so the week's balance counts
 * it for each — and gone while it waits for answers, fell through or was called off. Returns
 * whether the calendar changed.
 */
export async function syncDateEvent(trx: Executor, dateId: string, now: string) {
  const date = await repo.findDate(trx, dateId);
  const participants = await repo.participantsOf(trx, [dateId]);
  const status = statusOf(
    date.cancelled_at !== null,
    participants.map((p) => p.answer as 'invited' | 'accepted' | 'declined'),
  );
  const existing = date.calendar_event_id
    ? await calendar.findEvent(trx, date.space_id, date.calendar_event_id)
    : undefined;
  if (status !== 'accepted') {
    if (!existing) return false;
    await calendar.deleteEvent(trx, existing.id);
    await repo.updateDate(trx, dateId, { calendar_event_id: null });
    return true;
  }
  const going = participants.filter((p) => p.answer === 'accepted').map((p) => p.user_id);
  const event: calendar.EventRow = {
    id: existing?.id ?? newId(),
    space_id: date.space_id,
    title: date.title,
    description: [date.place, date.note].filter(Boolean).join('\n'),
    kind: 'together',
    all_day: 0,
    start_local: date.start_local,
    end_local: date.end_local,
    time_zone: date.time_zone,
    rrule: null,
    exdates: '[]',
    protected: 0,
    created_by: date.planned_by,
    import_uid: null,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
  if (existing) await calendar.updateEvent(trx, event, going);
  else {
    await calendar.insertEvent(trx, event, going);
    await repo.updateDate(trx, dateId, { calendar_event_id: event.id });
  }
  return true;
}
