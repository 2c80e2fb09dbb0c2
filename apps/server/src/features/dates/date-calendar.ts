import { newId, type Executor } from '../../db/executor';
import * as calendar from '../time/calendar.repository';
import { statusOf } from './dates.presenter';
import * as repo from './dates.repository';

/**
 * Keeps a date's together-event on the calendar true to it, inside the same transaction: there
 * while the plan goes ahead — at its time, with whoever said yes, so the week's balance counts
 * it for each — and gone while it waits for answers, fell through or was called off. Returns
 * the event it touched (made, changed or removed), if any.
 */
export async function syncDateEvent(trx: Executor, dateId: string, now: string) {
  const date = await repo.findDate(trx, dateId);
  const participants = await repo.participantsOf(trx, [dateId]);
  const status = statusOf(
    date.cancelled_at !== null,
    participants.map((p) => p.answer as 'invited' | 'accepted' | 'declined'),
  );
  const existing = await repo.eventOfDate(trx, dateId);
  if (status !== 'accepted') {
    if (!existing) return null;
    await calendar.deleteEvent(trx, existing.id);
    return existing.id;
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
    date_id: date.id,
    created_at: existing?.created_at ?? now,
    updated_at: now,
  };
  if (existing) await calendar.updateEvent(trx, event, going);
  else await calendar.insertEvent(trx, event, going);
  return event.id;
}
