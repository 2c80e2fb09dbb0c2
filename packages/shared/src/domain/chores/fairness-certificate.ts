import { compareRatios, exactFraction } from './exact';

export interface AllocationInput {
  /** `weight` > 0 is each person's availability share (e.g. hours a week for the home). */
  people: { id: string; weight: number }[];
  /** `costs[personId]`: a whole number >= 0, what the chore costs that person (minutes × dislike). */
  chores: { id: string; costs: Record<string, number> }[];
}

export interface EnvyCheck {
  /** Whether `person` envies `other` by at most one of their own chores (weighted). */
  holds: boolean;
  /** The chore of `person` whose removal removes the envy, when one is needed. */
  witness: string | null;
}

export interface FairnessCertificate {
  /** Weighted envy-freeness up to one chore holds for every ordered pair of people. */
  wef1: boolean;
  /** person id → other person id → the check. */
  pairs: Record<string, Record<string, EnvyCheck>>;
  /** person id → their load and their fair share, both in that person's own cost units. */
  loads: Record<string, { cost: number; fairShare: number; chores: number }>;
}

/**
 * Checks an assignment (the proposal or a manual tweak) against weighted envy-freeness up to
 * one chore: for every i ≠ j some chore e of i has (c_i(X_i) − c_i(e)) / w_i ≤ c_i(X_j) / w_j.
 * Compared by cross-multiplying exact fractions, with no floating-point slack.
 */
export function fairnessCertificate(
  input: AllocationInput,
  assignment: Record<string, string>,
): FairnessCertificate {
  const byId = new Map(input.chores.map((chore) => [chore.id, chore]));
  const costOf = (personId: string, choreId: string) => byId.get(choreId)?.costs[personId] ?? 0;
  const bundles = new Map(input.people.map((p) => [p.id, [] as string[]]));
  for (const chore of input.chores) bundles.get(assignment[chore.id] ?? '')?.push(chore.id);
  const totalWeight = input.people.reduce((sum, p) => sum + p.weight, 0);
  const pairs: FairnessCertificate['pairs'] = {};
  const loads: FairnessCertificate['loads'] = {};
  let wef1 = true;
  for (const person of input.people) {
    const own = bundles.get(person.id) ?? [];
    const ownCosts = own.map((id) => costOf(person.id, id));
    const ownTotal = ownCosts.reduce((sum, c) => sum + c, 0);
    const everything = input.chores.reduce((sum, c) => sum + (c.costs[person.id] ?? 0), 0);
    loads[person.id] = {
      cost: ownTotal,
      fairShare: (everything * person.weight) / totalWeight,
      chores: own.length,
    };
    const heaviest = own.reduce<string | null>(
      (best, id) => (best === null || costOf(person.id, id) > costOf(person.id, best) ? id : best),
      null,
    );
    const w = exactFraction(person.weight);
    const checks: Record<string, EnvyCheck> = {};
    pairs[person.id] = checks;
    for (const other of input.people) {
      if (other.id === person.id) continue;
      const theirs = (bundles.get(other.id) ?? []).reduce((s, id) => s + costOf(person.id, id), 0);
      const v = exactFraction(other.weight);
      const envious = (without: number) =>
        compareRatios(BigInt(ownTotal - without) * w.den, w.num, BigInt(theirs) * v.den, v.num) > 0;
      let check: EnvyCheck = { holds: true, witness: null };
      if (envious(0)) {
        const removed = heaviest === null ? 0 : costOf(person.id, heaviest);
        check = { holds: !envious(removed), witness: heaviest };
      }
      if (!check.holds) wef1 = false;
      checks[other.id] = check;
    }
  }
  return { wef1, pairs, loads };
}
