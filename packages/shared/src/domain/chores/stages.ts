import type { StageMinutes } from './chore-cost';

/** Who holds the noticing and the planning when not the owner; the doing is the owner's. */
export interface StageOwners {
  notice: string | null;
  plan: string | null;
}

export const stages = ['notice', 'plan', 'do'] as const;

/**
 * Each holder of a responsibility with the minutes of the stages they hold: the owner owns the
 * whole cycle unless a stage was split off to someone else. The owner comes first.
 */
export function stageHolders(
  minutes: StageMinutes,
  ownerId: string,
  split: StageOwners | undefined,
): { holder: string; minutes: StageMinutes }[] {
  const holderOf = (stage: (typeof stages)[number]) =>
    (stage === 'do' ? null : split?.[stage]) ?? ownerId;
  const held = new Map<string, StageMinutes>([[ownerId, { notice: 0, plan: 0, do: 0 }]]);
  for (const stage of stages) {
    const holder = holderOf(stage);
    const mine = held.get(holder) ?? { notice: 0, plan: 0, do: 0 };
    held.set(holder, { ...mine, [stage]: minutes[stage] });
  }
  return [...held].map(([holder, m]) => ({ holder, minutes: m }));
}
