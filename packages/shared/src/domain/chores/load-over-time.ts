import type { StageMinutes } from './chore-cost';
import { minutesPerWeek } from './recurrence';
import { stageHolders, type StageOwners } from './stages';

export interface LoadOverTimeInput {
  members: { id: string; availableMinutesPerWeek: number }[];
  responsibilities: {
    id: string;
    minutes: StageMinutes;
    rrule: string | null;
    ownerId: string | null;
    stageOwners?: StageOwners;
  }[];
  completions: {
    choreId: string;
    kind: 'done' | 'skipped';
    doneBy: string;
    doneAt: string;
    actualMinutes: number | null;
  }[];
  /** Half-open [start, end) intervals of ISO instants: weeks, months or quarters. */
  periods: { start: string; end: string }[];
}

export interface MemberLoad {
  id: string;
  /** What their responsibilities take in the period, all stages, by the plan. */
  plannedMinutes: number;
  /**
   * What the log says they did: the doing to whoever did it (actual minutes where given), the
   * noticing and planning to whoever holds those stages — that work was done either way.
   */
  doneMinutes: number;
  /** Their share of everything planned, from availability. */
  fairShareMinutes: number;
}

const WEEK_MS = 7 * 86_400_000;
type Chore = LoadOverTimeInput['responsibilities'][number];
type Completion = LoadOverTimeInput['completions'][number];

/** Who held which minutes of a responsibility: its stages with their holders. */
function heldMinutes(r: Chore, fallback: string | null): Map<string, number> {
  const owner = r.ownerId ?? fallback;
  const held = new Map<string, number>();
  if (!owner) return held;
  for (const { holder, minutes } of stageHolders(r.minutes, owner, r.stageOwners)) {
    held.set(holder, minutes.notice + minutes.plan + minutes.do);
  }
  return held;
}

/** The minutes one logged completion stands for, per member. */
function doneMinutes(chore: Chore, c: Completion): Map<string, number> {
  const thinking = { ...chore, minutes: { ...chore.minutes, do: 0 } };
  const held = heldMinutes(thinking, c.doneBy);
  held.set(c.doneBy, (held.get(c.doneBy) ?? 0) + (c.actualMinutes ?? chore.minutes.do));
  return held;
}

/**
 * Planned against done, per member and period, against each fair share: the same minutes (all
 * stages, no ratings) as the proposal shows, so the numbers agree wherever people see them.
 */
export function loadOverTime(
  input: LoadOverTimeInput,
): { start: string; end: string; members: MemberLoad[] }[] {
  const available = input.members.reduce((s, m) => s + m.availableMinutesPerWeek, 0);
  const chores = new Map(input.responsibilities.map((r) => [r.id, r]));
  return input.periods.map(({ start, end }) => {
    const weeks = (Date.parse(end) - Date.parse(start)) / WEEK_MS;
    const planned = new Map<string, number>();
    let everything = 0;
    for (const r of input.responsibilities) {
      const perPeriod = (minutes: number) => minutesPerWeek(minutes, r.rrule) * weeks;
      everything += perPeriod(r.minutes.notice + r.minutes.plan + r.minutes.do);
      for (const [holder, minutes] of heldMinutes(r, null)) {
        planned.set(holder, (planned.get(holder) ?? 0) + perPeriod(minutes));
      }
    }
    const done = new Map<string, number>();
    for (const c of input.completions) {
      const chore = chores.get(c.choreId);
      if (c.kind !== 'done' || c.doneAt < start || c.doneAt >= end || !chore) continue;
      for (const [holder, minutes] of doneMinutes(chore, c)) {
        done.set(holder, (done.get(holder) ?? 0) + minutes);
      }
    }
    return {
      start,
      end,
      members: input.members.map((m) => ({
        id: m.id,
        plannedMinutes: planned.get(m.id) ?? 0,
        doneMinutes: done.get(m.id) ?? 0,
        fairShareMinutes: available > 0 ? (everything * m.availableMinutesPerWeek) / available : 0,
      })),
    };
  });
}
