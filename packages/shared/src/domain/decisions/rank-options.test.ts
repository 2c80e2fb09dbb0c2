import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOptions, type RankInput } from './rank-options';

const people = ['ana', 'ben'];
const optionIds = ['stay', 'city', 'coast', 'hills', 'abroad'];

const decision: fc.Arbitrary<RankInput> = fc
  .record({
    count: fc.integer({ min: 1, max: 5 }),
    withStatusQuo: fc.boolean(),
    scores: fc.array(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 5, maxLength: 5 }), {
      minLength: 2,
      maxLength: 2,
    }),
    vetoes: fc.array(fc.subarray(optionIds, { maxLength: 2 }), { minLength: 2, maxLength: 2 }),
  })
  .map(({ count, withStatusQuo, scores, vetoes }) => {
    const ids = optionIds.slice(0, count);
    return {
      people,
      options: ids.map((id, i) => ({
        id,
        ...(withStatusQuo && i === 0 ? { statusQuo: true } : {}),
      })),
      scores: Object.fromEntries(
        people.map((p, i) => [p, Object.fromEntries(ids.map((id, j) => [id, scores[i]![j]!]))]),
      ),
      vetoes: Object.fromEntries(
        people.map((p, i) => [p, vetoes[i]!.filter((v) => ids.includes(v))]),
      ),
    };
  });

describe('rankOptions', () => {
  it('recommends the option that gains most for both over things as they are, explained', () => {
    const result = rankOptions({
      people,
      options: [{ id: 'stay', statusQuo: true }, { id: 'city' }, { id: 'coast' }, { id: 'abroad' }],
      scores: {
        ana: { stay: 4, city: 9, coast: 7, abroad: 10 },
        ben: { stay: 5, city: 3, coast: 8, abroad: 9 },
      },
      vetoes: { ana: [], ben: ['abroad'] },
    });
    expect(result.recommended).toBe('coast');
    expect(result.reasons.abroad).toEqual({ verdict: 'vetoed', by: ['ben'] });
    expect(result.reasons.city).toEqual({ verdict: 'worse_than_now', for: ['ben'] });
  });

  it('never recommends a vetoed option, nor one another option beats for everyone', () => {
    fc.assert(
      fc.property(decision, (input) => {
        const { recommended } = rankOptions(input);
        if (recommended === null) return;
        expect(Object.values(input.vetoes).flat()).not.toContain(recommended);
        for (const other of input.options) {
          const vetoed = Object.values(input.vetoes).flat().includes(other.id);
          if (other.id === recommended || vetoed) continue;
          const score = (p: string, o: string) => input.scores[p]![o]!;
          const beats =
            people.every((p) => score(p, other.id) >= score(p, recommended)) &&
            people.some((p) => score(p, other.id) > score(p, recommended));
          expect(beats).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('says "none" only when everything is vetoed or nothing is as good as now for everyone', () => {
    fc.assert(
      fc.property(decision, (input) => {
        const result = rankOptions(input);
        const vetoed = new Set(Object.values(input.vetoes).flat());
        const open = input.options.filter((o) => !vetoed.has(o.id));
        const quo = input.options.find((o) => o.statusQuo);
        const scaled = (p: string, o: string) => {
          const all = input.options.map((x) => input.scores[p]![x.id]!);
          const [low, high] = [Math.min(...all), Math.max(...all)];
          return high > low ? (input.scores[p]![o]! - low) / (high - low) : 1;
        };
        const acceptable = open.filter(
          (o) => !quo || people.every((p) => scaled(p, o.id) >= scaled(p, quo.id)),
        );
        expect(result.recommended === null).toBe(open.length === 0 || acceptable.length === 0);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of people or options', () => {
    fc.assert(
      fc.property(decision, (input) => {
        const shuffled = {
          ...input,
          people: [...input.people].reverse(),
          options: [...input.options].reverse(),
        };
        expect(rankOptions(shuffled)).toEqual(rankOptions(input));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the recommendation when one person scores it higher', () => {
    fc.assert(
      fc.property(
        decision,
        fc.constantFrom(...people),
        fc.integer({ min: 1, max: 10 }),
        (input, person, raise) => {
          const { recommended } = rankOptions(input);
          fc.pre(recommended !== null);
          const before = input.scores[person]![recommended]!;
          fc.pre(before < 10);
          const scores = {
            ...input.scores,
            [person]: { ...input.scores[person], [recommended]: Math.min(10, before + raise) },
          };
          expect(rankOptions({ ...input, scores }).recommended).toBe(recommended);
        },
      ),
      { numRuns: 500 },
    );
  });
});
