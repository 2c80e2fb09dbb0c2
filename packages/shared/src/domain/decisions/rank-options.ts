/**
 * Ranks the options of a decision made together. Vetoed options are out; so is any option that
 * leaves someone worse off than things as they are, and any that another option beats or ties
 * for everyone and beats for someone (Pareto). Among the rest, the recommendation maximises
 * the product of each person's gain over the status quo — the Nash bargaining solution (Nash,
 * 1950) — on each person's scores rescaled to their own range, so nobody counts for more by
 * scoring in bigger numbers. Ties go to the option whose worst-off person gains most, then to
 * whoever conceded more in earlier decisions, then by option id (so order never matters).
 */
export interface RankInput {
  people: string[];
  options: { id: string; statusQuo?: boolean }[];
  /** person → option → 0..10 */
  scores: Record<string, Record<string, number>>;
  /** person → the option ids they veto */
  vetoes: Record<string, string[]>;
  /** person → how much they conceded in earlier decisions (higher: they gave way more). */
  concessions?: Record<string, number>;
}

export type OptionVerdict =
  | { verdict: 'vetoed'; by: string[] }
  | { verdict: 'worse_than_now'; for: string[] }
  | { verdict: 'dominated'; by: string }
  | { verdict: 'ranked'; product: number; worstGain: number };

export interface RankResult {
  recommended: string | null;
  /** The options still in, best first. */
  ranking: string[];
  reasons: Record<string, OptionVerdict>;
}

export function rankOptions(input: RankInput): RankResult {
  const ids = input.options.map((o) => o.id).sort();
  // Sorted, so products and sums are taken in the same order however people were listed.
  const people = [...input.people].sort();
  const score = (person: string, option: string) => input.scores[person]?.[option] ?? 0;
  const reasons: Record<string, OptionVerdict> = {};

  // Each person's scores on their own 0..1 scale; someone who scored all alike is indifferent.
  const scaled = new Map<string, Map<string, number>>();
  for (const person of people) {
    const mine = ids.map((id) => score(person, id));
    const low = Math.min(...mine);
    const high = Math.max(...mine);
    scaled.set(
      person,
      new Map(ids.map((id) => [id, high > low ? (score(person, id) - low) / (high - low) : 1])),
    );
  }
  const value = (person: string, option: string) => scaled.get(person)!.get(option)!;
  const statusQuo = input.options.find((o) => o.statusQuo)?.id;
  const baseline = (person: string) => (statusQuo === undefined ? 0 : value(person, statusQuo));

  let alive = ids.filter((id) => {
    const by = people.filter((p) => input.vetoes[p]?.includes(id)).sort();
    if (by.length > 0) reasons[id] = { verdict: 'vetoed', by };
    return by.length === 0;
  });
  alive = alive.filter((id) => {
    const worse = people.filter((p) => value(p, id) < baseline(p)).sort();
    if (worse.length > 0) reasons[id] = { verdict: 'worse_than_now', for: worse };
    return worse.length === 0;
  });
  const dominates = (a: string, b: string) =>
    people.every((p) => score(p, a) >= score(p, b)) &&
    people.some((p) => score(p, a) > score(p, b));
  // Compared with every option still un-vetoed: one that is worse than now cannot dominate
  // anything that is not, since it is worse for someone.
  const candidates = ids.filter((id) => reasons[id]?.verdict !== 'vetoed');
  alive = alive.filter((id) => {
    const better = candidates.find((other) => other !== id && dominates(other, id));
    if (better) reasons[id] = { verdict: 'dominated', by: better };
    return !better;
  });

  const gains = (id: string) => people.map((p) => value(p, id) - baseline(p));
  const conceded = (id: string) =>
    people.reduce(
      (sum, p) => sum + (input.concessions?.[p] ?? 0) * (value(p, id) - baseline(p)),
      0,
    );
  for (const id of alive) {
    const g = gains(id);
    reasons[id] = {
      verdict: 'ranked',
      product: g.reduce((s, x) => s * x, 1),
      worstGain: Math.min(...g),
    };
  }
  const ranked = (id: string) => reasons[id] as Extract<OptionVerdict, { verdict: 'ranked' }>;
  const ranking = [...alive].sort(
    (a, b) =>
      ranked(b).product - ranked(a).product ||
      ranked(b).worstGain - ranked(a).worstGain ||
      conceded(b) - conceded(a) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  return { recommended: ranking[0] ?? null, ranking, reasons };
}
