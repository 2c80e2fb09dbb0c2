import { compareRatios, exactFraction, type Fraction } from './exact';
import {
  fairnessCertificate,
  type AllocationInput,
  type FairnessCertificate,
} from './fairness-certificate';

export interface ChoreAllocation extends FairnessCertificate {
  /** chore id → person id: every chore to exactly one listed person. */
  assignment: Record<string, string>;
  /** How it was found, for the explanation shown to people. */
  method: 'two-person-split' | 'weighted-picking-sequence';
}

interface Person {
  id: string;
  weight: Fraction;
}

interface Chore {
  id: string;
  costs: number[]; // by person index
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Shares chores so that nobody envies anyone else by more than one of their own chores, each
 * weighted by availability (WEF1); for two people the result is also Pareto-optimal. The input
 * is sorted by id first, so array order never changes the outcome, and every decision compares
 * one person's costs only with their own, so scaling a person's costs changes nothing.
 */
export function allocateChores(input: AllocationInput): ChoreAllocation {
  const people: Person[] = [...input.people]
    .sort(byId)
    .map((p) => ({ id: p.id, weight: exactFraction(p.weight) }));
  const chores: Chore[] = [...input.chores]
    .sort(byId)
    .map((c) => ({ id: c.id, costs: people.map((p) => c.costs[p.id] ?? 0) }));
  const twoPeople = people.length === 2;
  const owners = twoPeople
    ? splitBetweenTwo(people, chores)
    : pickInReverseWeightedOrder(people, chores);
  const assignment = Object.fromEntries(chores.map((c, k) => [c.id, people[owners[k]!]!.id]));
  return {
    assignment,
    method: twoPeople ? 'two-person-split' : 'weighted-picking-sequence',
    ...fairnessCertificate(input, assignment),
  };
}

/**
 * n people: the weighted picking order (whoever has the fewest chores per unit of weight picks
 * next), played backwards, each taking their cheapest remaining chore — weighted EF1 for chores
 * (Wu, Zhang & Zhou, 2023).
 */
function pickInReverseWeightedOrder(people: Person[], chores: Chore[]): number[] {
  const picks = people.map(() => 0);
  const order: number[] = [];
  for (let step = 0; step < chores.length; step++) {
    let next = 0;
    for (let i = 1; i < people.length; i++) {
      const [a, b] = [people[i]!.weight, people[next]!.weight];
      // picks_i / w_i < picks_next / w_next; ties go to the earlier id.
      if (
        compareRatios(BigInt(picks[i]!) * a.den, a.num, BigInt(picks[next]!) * b.den, b.num) < 0
      ) {
        next = i;
      }
    }
    order.push(next);
    picks[next]! += 1;
  }
  const owners = chores.map(() => -1);
  const remaining = new Set(chores.keys());
  for (const person of order.reverse()) {
    let cheapest = -1;
    for (const k of remaining) {
      if (cheapest < 0 || chores[k]!.costs[person]! < chores[cheapest]!.costs[person]!)
        cheapest = k;
    }
    remaining.delete(cheapest);
    owners[cheapest] = person;
  }
  return owners;
}

/**
 * Two people: order the chores by how much more they cost the first person than the second,
 * give the first person a prefix, and choose the split that is WEF1 and leaves the worse-off
 * person least over their fair share — a discrete Adjusted Winner (Brams & Taylor, 1996).
 * Every such split is Pareto-optimal.
 */
function splitBetweenTwo(people: Person[], chores: Chore[]): number[] {
  const owners = chores.map(() => -1);
  const free = chores.flatMap((c, k) => (c.costs[0] === 0 && c.costs[1] === 0 ? [k] : []));
  // Chores that cost nobody anything change no one's load; they alternate, first person first.
  free.forEach((k, n) => (owners[k] = n % 2));
  const ordered = chores
    .flatMap((c, k) => (owners[k] === -1 ? [k] : []))
    .sort((e, f) => {
      const [ce, cf] = [chores[e]!.costs, chores[f]!.costs];
      // c0(e)/c1(e) < c0(f)/c1(f), with x/0 as infinity; ties by id (the index order).
      const left = BigInt(ce[0]!) * BigInt(cf[1]!);
      const right = BigInt(cf[0]!) * BigInt(ce[1]!);
      return left < right ? -1 : left > right ? 1 : e - f;
    });
  // The first person must take every chore that costs them nothing but costs the other; the
  // second person every chore that costs them nothing: anything else is not Pareto-optimal.
  const mustFirst = ordered.filter((k) => chores[k]!.costs[0] === 0).length;
  const mustSecond = ordered.filter((k) => chores[k]!.costs[1] === 0).length;
  const totals = [0, 1].map((i) => ordered.reduce((s, k) => s + chores[k]!.costs[i]!, 0));
  let best: { split: number; burden: [bigint, bigint] } | undefined;
  for (let split = mustFirst; split <= ordered.length - mustSecond; split++) {
    const first = ordered.slice(0, split);
    const second = ordered.slice(split);
    if (
      !weightedEf1(people, chores, 0, first, second) ||
      !weightedEf1(people, chores, 1, second, first)
    ) {
      continue;
    }
    const burden = worseBurden(people, chores, totals, [first, second]);
    if (!best || compareRatios(burden[0], burden[1], best.burden[0], best.burden[1]) < 0) {
      best = { split, burden };
    }
  }
  const split = best?.split ?? mustFirst;
  ordered.forEach((k, n) => (owners[k] = n < split ? 0 : 1));
  return owners;
}

function weightedEf1(
  people: Person[],
  chores: Chore[],
  i: number,
  own: number[],
  theirs: number[],
) {
  if (own.length === 0) return true;
  const cost = (ks: number[]) => ks.reduce((s, k) => s + chores[k]!.costs[i]!, 0);
  const heaviest = Math.max(...own.map((k) => chores[k]!.costs[i]!));
  const [w, v] = [people[i]!.weight, people[1 - i]!.weight];
  return (
    compareRatios(
      BigInt(cost(own) - heaviest) * w.den,
      w.num,
      BigInt(cost(theirs)) * v.den,
      v.num,
    ) <= 0
  );
}

/**
 * The larger of the two people's burdens, a burden being one's load over one's fair share,
 * each in their own cost units: (c_i(X_i) / c_i(all)) / (w_i / (w_1 + w_2)).
 */
function worseBurden(
  people: Person[],
  chores: Chore[],
  totals: number[],
  bundles: number[][],
): [bigint, bigint] {
  const [a, b] = [people[0]!.weight, people[1]!.weight];
  // Total weight as one fraction: a.num/a.den + b.num/b.den.
  const total = { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
  const burdens = [0, 1].map((i): [bigint, bigint] => {
    const load = BigInt(bundles[i]!.reduce((s, k) => s + chores[k]!.costs[i]!, 0));
    const all = BigInt(totals[i]!);
    const w = people[i]!.weight;
    if (all === 0n) return [0n, 1n];
    // (load / all) × (total / w) = load·total.num·w.den / (all·total.den·w.num)
    return [load * total.num * w.den, all * total.den * w.num];
  });
  const [x, y] = [burdens[0]!, burdens[1]!];
  return compareRatios(x[0], x[1], y[0], y[1]) >= 0 ? x : y;
}
