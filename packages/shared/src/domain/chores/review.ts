import type { StageMinutes } from './chore-cost';

export interface MinutesFromLog {
  choreId: string;
  plannedMinutes: number;
  loggedMinutes: number;
  samples: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
};

/**
 * Where the log says the doing takes noticeably longer or shorter than planned: the median of
 * the minutes people logged (robust to the one evening it took three hours), once there are at
 * least `minSamples` of them, when it differs by 5 minutes and a fifth of the plan or more.
 */
export function minutesFromLog(
  chores: { id: string; minutes: StageMinutes }[],
  completions: { choreId: string; kind: 'done' | 'skipped'; actualMinutes: number | null }[],
  minSamples = 3,
): MinutesFromLog[] {
  const logged = new Map<string, number[]>();
  for (const c of completions) {
    if (c.kind !== 'done' || c.actualMinutes === null) continue;
    logged.set(c.choreId, [...(logged.get(c.choreId) ?? []), c.actualMinutes]);
  }
  return chores.flatMap((chore) => {
    const samples = logged.get(chore.id) ?? [];
    if (samples.length < minSamples) return [];
    const planned = chore.minutes.do;
    const actual = median(samples);
    const gap = Math.abs(actual - planned);
    if (gap < 5 || gap < planned / 5) return [];
    return [
      {
        choreId: chore.id,
        plannedMinutes: planned,
        loggedMinutes: actual,
        samples: samples.length,
      },
    ];
  });
}

/** The day a review is next due: `everyMonths` after the last one; never when 0. */
export function reviewDueOn(lastReviewedOn: string, everyMonths: number): string | null {
  if (everyMonths <= 0) return null;
  const [year, month, day] = lastReviewedOn.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year, month - 1 + everyMonths + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + everyMonths, Math.min(day, lastDay)))
    .toISOString()
    .slice(0, 10);
}
