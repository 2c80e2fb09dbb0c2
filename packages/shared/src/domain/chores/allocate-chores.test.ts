import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateChores } from './allocate-chores';
import { exactFraction } from './exact';
import { fairnessCertificate, type AllocationInput } from './fairness-certificate';

/** WEF1 written out again, independently of the code under test. */
function isWef1(input: AllocationInput, assignment: Record<string, string>): boolean {
  for (const i of input.people) {
    const mine = input.chores.filter((c) => assignment[c.id] === i.id);
    const own = mine.reduce((s, c) => s + (c.costs[i.id] ?? 0), 0);
    const heaviest = Math.max(0, ...mine.map((c) => c.costs[i.id] ?? 0));
    const wi = exactFraction(i.weight);
    for (const j of input.people) {
      if (j.id === i.id || mine.length === 0) continue;
      const theirs = input.chores
        .filter((c) => assignment[c.id] === j.id)
        .reduce((s, c) => s + (c.costs[i.id] ?? 0), 0);
      const wj = exactFraction(j.weight);
      // (own − heaviest) / wi ≤ theirs / wj, cross-multiplied.
      if (BigInt(own - heaviest) * wi.den * wj.num > BigInt(theirs) * wj.den * wi.num) return false;
    }
  }
  return true;
}

const weight = fc.oneof(
  fc.integer({ min: 1, max: 40 }),
  fc.double({ min: 0.01, max: 1000, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e-3, 1e6, 0.1, 7.5),
);
// Small ranges make ties and zeros common; big ones test exactness.
const cost = fc.oneof(
  fc.integer({ min: 0, max: 5 }),
  fc.integer({ min: 0, max: 600 }),
  fc.constantFrom(0, 1, 1_000_000_000),
);

const instance = (people: { min: number; max: number }, maxChores: number) =>
  fc
    .uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), {
      minLength: people.min,
      maxLength: people.max,
    })
    .chain((ids) =>
      fc.record({
        people: fc.tuple(...ids.map((id) => weight.map((w) => ({ id, weight: w })))),
        chores: fc.uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 5 }),
            costs: fc
              .tuple(...ids.map(() => cost))
              .map((cs) => Object.fromEntries(ids.map((id, k) => [id, cs[k]!]))),
          }),
          { maxLength: maxChores, selector: (c) => c.id },
        ),
      }),
    );

/** Identical-cost and proportional-cost instances: where careless splits go wrong. */
const adversarial = instance({ min: 2, max: 5 }, 12).map((input) => {
  const base = input.chores.map((c) => c.costs[input.people[0]!.id] ?? 0);
  return {
    ...input,
    chores: input.chores.map((c, k) => ({
      ...c,
      costs: Object.fromEntries(input.people.map((p, n) => [p.id, (base[k] ?? 0) * (n + 1)])),
    })),
  };
});

const shuffled = <T>(items: T[], seed: number) =>
  items
    .map((item, k) => ({ item, key: (k * 7919 + seed * 104729) % 1_000_003 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);

describe('allocateChores', () => {
  it('assigns every chore to exactly one listed person, and nothing when there are no chores', () => {
    fc.assert(
      fc.property(instance({ min: 1, max: 8 }, 30), (input) => {
        const { assignment } = allocateChores(input);
        expect(Object.keys(assignment).sort()).toEqual(input.chores.map((c) => c.id).sort());
        const ids = new Set(input.people.map((p) => p.id));
        for (const owner of Object.values(assignment)) expect(ids.has(owner)).toBe(true);
      }),
    );
    expect(allocateChores({ people: [{ id: 'a', weight: 1 }], chores: [] }).assignment).toEqual({});
  });

  it('is envy-free up to one chore, weighted by availability (WEF1)', () => {
    fc.assert(
      fc.property(fc.oneof(instance({ min: 1, max: 8 }, 40), adversarial), (input) => {
        const result = allocateChores(input);
        expect(isWef1(input, result.assignment)).toBe(true);
        expect(result.wef1).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('is Pareto-optimal for two people (brute force over every other assignment)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          instance({ min: 2, max: 2 }, 8),
          adversarial.filter((i) => i.people.length === 2 && i.chores.length <= 8),
        ),
        (input) => {
          const { assignment } = allocateChores(input);
          const [a, b] = input.people.map((p) => p.id) as [string, string];
          const loads = (owners: (c: { id: string }, k: number) => string) =>
            [a, b].map((who) =>
              input.chores.reduce(
                (s, c, k) => s + (owners(c, k) === who ? (c.costs[who] ?? 0) : 0),
                0,
              ),
            );
          const [mineA, mineB] = loads((c) => assignment[c.id]!);
          for (let mask = 0; mask < 2 ** input.chores.length; mask++) {
            const [otherA, otherB] = loads((_c, k) => ((mask >> k) & 1 ? a : b));
            const dominates =
              otherA! <= mineA! && otherB! <= mineB! && (otherA! < mineA! || otherB! < mineB!);
            expect(dominates, `mask ${mask}`).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of people or chores', () => {
    fc.assert(
      fc.property(instance({ min: 1, max: 6 }, 25), fc.nat(), (input, seed) => {
        const again = allocateChores({
          people: shuffled(input.people, seed),
          chores: shuffled(input.chores, seed + 1),
        });
        expect(again.assignment).toEqual(allocateChores(input).assignment);
      }),
    );
  });

  it("does not change when one person's costs are all multiplied by the same constant", () => {
    fc.assert(
      fc.property(
        instance({ min: 1, max: 6 }, 25),
        fc.nat(),
        fc.integer({ min: 2, max: 1000 }),
        (input, pick, factor) => {
          const scaledId = input.people[pick % input.people.length]!.id;
          const scaled = {
            ...input,
            chores: input.chores.map((c) => ({
              ...c,
              costs: { ...c.costs, [scaledId]: (c.costs[scaledId] ?? 0) * factor },
            })),
          };
          expect(allocateChores(scaled).assignment).toEqual(allocateChores(input).assignment);
        },
      ),
    );
  });
});

describe('fairnessCertificate', () => {
  it('agrees with WEF1 on any assignment, so a manual tweak that breaks fairness shows', () => {
    fc.assert(
      fc.property(instance({ min: 2, max: 4 }, 10), fc.array(fc.nat()), (input, picks) => {
        const assignment = Object.fromEntries(
          input.chores.map((c, k) => [
            c.id,
            input.people[(picks[k] ?? k) % input.people.length]!.id,
          ]),
        );
        expect(fairnessCertificate(input, assignment).wef1).toBe(isWef1(input, assignment));
      }),
      { numRuns: 500 },
    );
  });

  it('reports each load against the fair share from availability', () => {
    const input = {
      people: [
        { id: 'alex', weight: 10 },
        { id: 'sam', weight: 15 },
      ],
      chores: [
        { id: 'laundry', costs: { alex: 60, sam: 120 } },
        { id: 'bills', costs: { alex: 30, sam: 90 } },
        { id: 'cooking', costs: { alex: 300, sam: 200 } },
      ],
    };
    const { loads } = fairnessCertificate(input, {
      laundry: 'alex',
      bills: 'alex',
      cooking: 'sam',
    });
    expect(loads.alex).toEqual({ cost: 90, fairShare: 156, chores: 2 });
    expect(loads.sam).toEqual({ cost: 200, fairShare: 246, chores: 1 });
  });
});
