import { allocateChores } from './allocate-chores';
import { choreCost, type ChoreRating, type StageMinutes } from './chore-cost';
import { fairnessCertificate, type AllocationInput } from './fairness-certificate';
import { minutesPerWeek, occurrencesPerYear } from './recurrence';

export interface ShareMember {
  id: string;
  /** What they can give the home, minutes a week (> 0). */
  availableMinutesPerWeek: number;
}

export interface ShareResponsibility {
  id: string;
  minutes: StageMinutes;
  rrule: string | null;
  pinnedTo: string | null;
  /** Each member's private rating; a missing one counts as "fine". */
  ratings: Record<string, ChoreRating | undefined>;
}

export type ShareReason = 'pinned' | 'cant' | 'allocated';

export interface ChoreShares {
  assignment: Record<string, string>;
  reasons: Record<string, ShareReason>;
  /** WEF1 over the shared-out part (pinned ones are a choice, not the algorithm's). */
  fair: boolean;
  /** Rating-free figures, safe to show everyone: minutes a week, all stages, vs fair share. */
  loads: Record<string, { minutesPerWeek: number; fairShareMinutesPerWeek: number }>;
}

const ratingOf = (r: ShareResponsibility, memberId: string) => r.ratings[memberId] ?? 'fine';
const totalMinutes = (m: StageMinutes) => m.notice + m.plan + m.do;

/** A member's yearly cost of a responsibility: its minutes, weighed by their rating. */
function yearlyCost(r: ShareResponsibility, memberId: string): number {
  const rating = ratingOf(r, memberId);
  const weighed = choreCost(r.minutes, rating === 'cant' ? 'dislike' : rating);
  return Math.round(weighed * occurrencesPerYear(r.rrule));
}

function allocationInput(
  members: ShareMember[],
  responsibilities: ShareResponsibility[],
): AllocationInput {
  return {
    people: members.map((m) => ({ id: m.id, weight: m.availableMinutesPerWeek })),
    chores: responsibilities.map((r) => ({
      id: r.id,
      costs: Object.fromEntries(members.map((m) => [m.id, yearlyCost(r, m.id)])),
    })),
  };
}

/** Minutes a week per member and their fair share of the total, from availability. */
function loadsOf(
  members: ShareMember[],
  responsibilities: ShareResponsibility[],
  assignment: Record<string, string>,
): ChoreShares['loads'] {
  const weekly = (r: ShareResponsibility) => minutesPerWeek(totalMinutes(r.minutes), r.rrule);
  const total = responsibilities.reduce((s, r) => s + weekly(r), 0);
  const available = members.reduce((s, m) => s + m.availableMinutesPerWeek, 0);
  return Object.fromEntries(
    members.map((m) => [
      m.id,
      {
        minutesPerWeek: responsibilities
          .filter((r) => assignment[r.id] === m.id)
          .reduce((s, r) => s + weekly(r), 0),
        fairShareMinutesPerWeek: (total * m.availableMinutesPerWeek) / available,
      },
    ]),
  );
}

/**
 * A proposal: pinned responsibilities stay with their person; one that someone cannot do goes
 * to whoever can do it at the least cost; the rest is shared out by `allocateChores`.
 */
export function proposeChoreShares(
  members: ShareMember[],
  responsibilities: ShareResponsibility[],
): ChoreShares {
  const ids = new Set(members.map((m) => m.id));
  const assignment: Record<string, string> = {};
  const reasons: Record<string, ShareReason> = {};
  const open: ShareResponsibility[] = [];
  for (const r of responsibilities) {
    const able = members.filter((m) => ratingOf(r, m.id) !== 'cant');
    if (r.pinnedTo && ids.has(r.pinnedTo)) {
      assignment[r.id] = r.pinnedTo;
      reasons[r.id] = 'pinned';
    } else if (able.length > 0 && able.length < members.length) {
      const cheapest = [...able].sort(
        (x, y) => yearlyCost(r, x.id) - yearlyCost(r, y.id) || (x.id < y.id ? -1 : 1),
      )[0]!;
      assignment[r.id] = cheapest.id;
      reasons[r.id] = 'cant';
    } else {
      open.push(r);
    }
  }
  const allocated = allocateChores(allocationInput(members, open));
  for (const r of open) {
    assignment[r.id] = allocated.assignment[r.id]!;
    reasons[r.id] = 'allocated';
  }
  return {
    assignment,
    reasons,
    fair: allocated.wef1,
    loads: loadsOf(members, responsibilities, assignment),
  };
}

/** The same figures for an assignment people chose or tweaked by hand. */
export function describeChoreShares(
  members: ShareMember[],
  responsibilities: ShareResponsibility[],
  assignment: Record<string, string>,
): Pick<ChoreShares, 'fair' | 'loads'> {
  const assigned = responsibilities.filter((r) => assignment[r.id] !== undefined);
  const fair = fairnessCertificate(allocationInput(members, assigned), assignment).wef1;
  return { fair, loads: loadsOf(members, responsibilities, assignment) };
}
