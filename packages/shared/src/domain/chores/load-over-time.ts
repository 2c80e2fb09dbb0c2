import type { StageMinutes } from './chore-cost';
import { minutesPerWeek } from './recurrence';

export interface LoadOverTimeInput {
  members: { id: string; availableMinutesPerWeek: number }[];
  responsibilities: {
    id: string;
    minutes: StageMinutes;
    rrule: string | null;
    ownerId: string | null;
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
  /** What the log says they did: actual minutes where given, else the planned minutes. */
  doneMinutes: number;
  /** Their share of everything planned, from availability. */
  fairShareMinutes: number;
}

const WEEK_MS = 7 * 86_400_000;
const stageTotal = (m: StageMinutes) => m.notice + m.plan + m.do;

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
    const planned = (r: LoadOverTimeInput['responsibilities'][number]) =>
      minutesPerWeek(stageTotal(r.minutes), r.rrule) * weeks;
    const everything = input.responsibilities.reduce((s, r) => s + planned(r), 0);
    const inPeriod = input.completions.filter(
      (c) => c.kind === 'done' && c.doneAt >= start && c.doneAt < end,
    );
    return {
      start,
      end,
      members: input.members.map((m) => ({
        id: m.id,
        plannedMinutes: input.responsibilities
          .filter((r) => r.ownerId === m.id)
          .reduce((s, r) => s + planned(r), 0),
        doneMinutes: inPeriod
          .filter((c) => c.doneBy === m.id)
          .reduce((s, c) => {
            const chore = chores.get(c.choreId);
            return s + (c.actualMinutes ?? (chore ? stageTotal(chore.minutes) : 0));
          }, 0),
        fairShareMinutes: available > 0 ? (everything * m.availableMinutesPerWeek) / available : 0,
      })),
    };
  });
}
