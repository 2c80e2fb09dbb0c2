import type { Responsibility } from '@tandem/shared';
import type { ResponsibilityWithRating } from './chores.repository';

/** Exactly what leaves the server: the caller's own rating, nobody else's. */
export function presentResponsibility(row: ResponsibilityWithRating): Responsibility {
  return {
    id: row.id,
    name: row.name,
    area: row.area as Responsibility['area'],
    doneWell: row.done_well,
    rrule: row.rrule,
    scheduleFrom: row.schedule_from,
    minutes: { notice: row.notice_minutes, plan: row.plan_minutes, do: row.do_minutes },
    starterKey: row.starter_key,
    ownerId: row.owner_id,
    myRating: row.my_rating,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // Partners are equals: every member may change the household's list.
    capabilities: { canEdit: true, canDelete: true },
  };
}
