import { allocateChores } from './allocate-chores';
import { choreCost, type ChoreRating, type StageMinutes } from './chore-cost';
import { stageHolders, type StageOwners } from './stages';
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
  /** Stages split off to someone other than the owner; the owner keeps the rest. */
  stageOwners?: StageOwners;
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

/** A member's yearly cost of (some stages of) a responsibility, weighed by their rating. */
function yearlyCost(r: ShareResponsibility, memberId: string, minutes = r.minutes): number {
  const rating = ratingOf(r, memberId);
  const weighed = choreCost(minutes, rating === 'cant' ? 'dislike' : rating);
  return Math.round(weighed * occurrencesPerYear(r.rrule));
}

/**
 * The allocation problem over the pieces people hold: a whole responsibility, or — once a
 * stage is split off — the stages each holder keeps, so a split counts on both sides.
 */
function allocationInput(
  members: ShareMember[],
  responsibilities: ShareResponsibility[],
  assignment: Record<string, string> = {},
): { input: AllocationInput; pieces: Record<string, string> } {
  const chores: AllocationInput['chores'] = [];
  const pieces: Record<string, string> = {};
  for (const r of responsibilities) {
    const owner = assignment[r.id];
    const holders = owner ? stageHolders(r.minutes, owner, r.stageOwners) : [];
    const parts = holders.length > 1 ? holders : [{ holder: owner, minutes: r.minutes }];
    parts.forEach(({ holder, minutes }, i) => {
      const id = i === 0 ? r.id : `${r.id}:${i}`;
      if (holder) pieces[id] = holder;
      chores.push({
        id,
        costs: Object.fromEntries(members.map((m) => [m.id, yearlyCost(r, m.id, minutes)])),
      });
    });
  }
  const people = members.map((m) => ({ id: m.id, weight: m.availableMinutesPerWeek }));
  return { input: { people, chores }, pieces };
}

/** Minutes a week per member, all stages with whoever holds them, and each fair share. */
function loadsOf(
  members: ShareMember[],
  responsibilities: ShareResponsibility[],
  assignment: Record<string, string>,
): ChoreShares['loads'] {
  const weekly = (r: ShareResponsibility, minutes: StageMinutes) =>
    minutesPerWeek(totalMinutes(minutes), r.rrule);
  const total = responsibilities.reduce((s, r) => s + weekly(r, r.minutes), 0);
  const available = members.reduce((s, m) => s + m.availableMinutesPerWeek, 0);
  const held = new Map<string, number>();
  for (const r of responsibilities) {
    const owner = assignment[r.id];
    if (!owner) continue;
    for (const { holder, minutes } of stageHolders(r.minutes, owner, r.stageOwners)) {
      held.set(holder, (held.get(holder) ?? 0) + weekly(r, minutes));
    }
  }
  return Object.fromEntries(
    members.map((m) => [
      m.id,
      {
        minutesPerWeek: held.get(m.id) ?? 0,
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
  const allocated = allocateChores(allocationInput(members, open).input);
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

/** The same figures for an assignment people chose or tweaked by hand, split stages included. */
export function describeChoreShares(
  members: ShareMember[],
  responsibilities: ShareResponsibility[],
  assignment: Record<string, string>,
): Pick<ChoreShares, 'fair' | 'loads'> {
  const assigned = responsibilities.filter((r) => assignment[r.id] !== undefined);
  const { input, pieces } = allocationInput(members, assigned, assignment);
  return {
    fair: fairnessCertificate(input, pieces).wef1,
    loads: loadsOf(members, responsibilities, assignment),
  };
}
