import type { ChoreShares, ChoreSharesView, Responsibility } from '@tandem/shared';
import type { Membership } from '../spaces/spaces.repository';
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
    firstDueOn: row.first_due_on,
    starterKey: row.starter_key,
    ownerId: row.owner_id,
    pinnedTo: row.pinned_to,
    stageOwners: { notice: row.notice_owner_id, plan: row.plan_owner_id },
    myRating: row.my_rating,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    // Partners are equals: every member may change the household's list.
    capabilities: { canEdit: true, canDelete: true },
  };
}

/**
 * Shares as everyone may see them: who takes what and minutes a week. Why a responsibility
 * went to someone (say, that the other cannot do it) would tell a private rating, so only
 * pins — a choice made in the open — are marked.
 */
export function presentShares(
  membership: Membership,
  assignment: Record<string, string>,
  fair: boolean,
  loads: ChoreShares['loads'],
  reasons: Record<string, string>,
): ChoreSharesView {
  return {
    // In id order, so the same shares always read the same.
    assignment: Object.entries(assignment)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
      .map(([choreId, userId]) => ({ choreId, userId, pinned: reasons[choreId] === 'pinned' })),
    fair,
    members: membership.memberIds.map((userId) => ({
      userId,
      minutesPerWeek: Math.round(loads[userId]?.minutesPerWeek ?? 0),
      fairShareMinutesPerWeek: Math.round(loads[userId]?.fairShareMinutesPerWeek ?? 0),
    })),
  };
}
