/**
 * Allocator benchmark: allocateChores on a couple's 40 chores and a household's 300 chores for
 * 8 people, against a plain round-robin assignment of the same instances, timed in the same
 * run. Prints figures; asserts nothing about them. See bench/README.md.
 */
import { allocateChores, type AllocationInput } from '../packages/shared/src/index';

const RUNS = Number(process.env.BENCH_ALLOCATOR_RUNS ?? 200);

/** Deterministic instances: minutes 5–240 scaled by a dislike factor of 1, 1.5 or 2. */
function instance(people: number, chores: number, seed: number): AllocationInput {
  let state = seed;
  const random = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const ids = Array.from({ length: people }, (_, i) => `person-${i}`);
  return {
    people: ids.map((id) => ({ id, weight: 2 + Math.floor(random() * 20) })),
    chores: Array.from({ length: chores }, (_, k) => {
      const minutes = 5 + Math.floor(random() * 236);
      return {
        id: `chore-${k}`,
        costs: Object.fromEntries(
          ids.map((id) => [id, Math.round(minutes * [1, 1.5, 2][Math.floor(random() * 3)]!)]),
        ),
      };
    }),
  };
}

/** The baseline: chores dealt out in turn, as many chore apps do. */
function roundRobin(input: AllocationInput): Record<string, string> {
  return Object.fromEntries(
    input.chores.map((c, k) => [c.id, input.people[k % input.people.length]!.id]),
  );
}

function time(label: string, run: () => unknown): number {
  for (let i = 0; i < 10; i++) run(); // warm up the JIT
  const started = performance.now();
  for (let i = 0; i < RUNS; i++) run();
  const perRun = (performance.now() - started) / RUNS;
  console.log(`[bench] ${label}: ${perRun.toFixed(3)} ms per run (${RUNS} runs)`);
  return perRun;
}

const rows: string[] = [];
for (const [people, chores] of [
  [2, 40],
  [8, 300],
] as const) {
  const input = instance(people, chores, 42);
  const allocator = time(`allocateChores ${chores} × ${people}`, () => allocateChores(input));
  const baseline = time(`round-robin ${chores} × ${people}`, () => roundRobin(input));
  const wef1 = allocateChores(input).wef1;
  rows.push(
    `| ${chores} chores × ${people} people | ${allocator.toFixed(3)} | ${baseline.toFixed(4)} | ${(allocator / baseline).toFixed(0)}× | ${wef1 ? 'yes' : 'no'} |`,
  );
}
console.log(
  [
    '',
    '| instance | allocateChores ms | round-robin ms | ratio | WEF1 |',
    '|---|--:|--:|--:|:-:|',
    ...rows,
    '',
  ].join('\n'),
);
