/**
 * Conflict and decisions benchmark: the wording coach on 10,000 messages, against lower-casing
 * each message and looking for "you always"; and rankOptions on 50 options for 2 and for 8
 * people, against taking the option with the highest summed score. Each pair is timed in the
 * same run. Prints figures; asserts nothing about them. See bench/README.md.
 */
import { coachMessage, rankOptions, type RankInput } from '../packages/shared/src/index';
import { englishCoachCorpus } from '../packages/shared/src/domain/conflict/coach-corpus.en';

const MESSAGES = Math.floor(Number(process.env.BENCH_COACH_MESSAGES ?? 10_000));
const COACH_RUNS = Math.floor(Number(process.env.BENCH_COACH_RUNS ?? 20));
const RANK_RUNS = Math.floor(Number(process.env.BENCH_RANK_RUNS ?? 2000));

function seeded(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** One to three corpus sentences each, three in four of them clean, in a fixed order. */
function messages(count: number, seed: number): string[] {
  const random = seeded(seed);
  const clean = englishCoachCorpus.filter((e) => e.flags.length === 0).map((e) => e.text);
  const flagged = englishCoachCorpus.filter((e) => e.flags.length > 0).map((e) => e.text);
  const pick = () => {
    const pool = random() < 0.75 ? clean : flagged;
    return pool[Math.floor(random() * pool.length)]!;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(random() * 3) }, pick).join(' '),
  );
}

/** 0–10 scores for every option, a status quo, and up to two vetoes each. */
function decision(people: number, options: number, seed: number): RankInput {
  const random = seeded(seed);
  const ids = Array.from({ length: options }, (_, k) => `option-${k}`);
  const names = Array.from({ length: people }, (_, i) => `person-${i}`);
  return {
    people: names,
    options: ids.map((id, k) => ({ id, ...(k === 0 ? { statusQuo: true } : {}) })),
    scores: Object.fromEntries(
      names.map((p) => [p, Object.fromEntries(ids.map((id) => [id, Math.floor(random() * 11)]))]),
    ),
    vetoes: Object.fromEntries(
      names.map((p) => [
        p,
        Array.from(
          { length: Math.floor(random() * 3) },
          () => ids[Math.floor(random() * options)]!,
        ),
      ]),
    ),
  };
}

/** The baseline: the option with the highest total score, ignoring vetoes and fairness. */
function highestTotal(input: RankInput): string | null {
  let best: string | null = null;
  let bestTotal = -Infinity;
  for (const { id } of input.options) {
    const total = input.people.reduce((sum, p) => sum + (input.scores[p]?.[id] ?? 0), 0);
    if (total > bestTotal) [best, bestTotal] = [id, total];
  }
  return best;
}

function time(label: string, runs: number, run: () => unknown): number {
  for (let i = 0; i < Math.min(10, runs); i++) run(); // warm up the JIT
  const started = performance.now();
  for (let i = 0; i < runs; i++) run();
  const perRun = (performance.now() - started) / runs;
  console.log(`[bench] ${label}: ${perRun.toFixed(3)} ms per run (${runs} runs)`);
  return perRun;
}

const texts = messages(MESSAGES, 42);
const flagged = texts.filter((t) => coachMessage(t).flags.length > 0).length;
console.log(
  `[bench] ${texts.length.toLocaleString('en-US')} messages, ${flagged.toLocaleString('en-US')} flagged, ` +
    `${Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length)} characters on average`,
);
const coach = time(`coachMessage × ${texts.length}`, COACH_RUNS, () =>
  texts.map((t) => coachMessage(t)),
);
const includes = time(`includes('you always') × ${texts.length}`, COACH_RUNS, () =>
  texts.map((t) => t.toLowerCase().includes('you always')),
);

const rows = [
  `| coach, ${texts.length.toLocaleString('en-US')} messages | ${coach.toFixed(2)} | ${includes.toFixed(2)} (lower-case + \`includes\`) | ${(coach / includes).toFixed(0)}× |`,
];
for (const people of [2, 8]) {
  const input = decision(people, 50, 7);
  const ranked = time(`rankOptions 50 × ${people}`, RANK_RUNS, () => rankOptions(input));
  const summed = time(`highest total 50 × ${people}`, RANK_RUNS, () => highestTotal(input));
  rows.push(
    `| rankOptions, 50 options × ${people} people | ${ranked.toFixed(3)} | ${summed.toFixed(4)} (highest total) | ${(ranked / summed).toFixed(0)}× |`,
  );
}
console.log(
  ['', '| what | Tandem ms | baseline ms | ratio |', '|---|--:|--:|--:|', ...rows, ''].join('\n'),
);
