import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concessionsOf } from './concessions';

const ballots = fc
  .record({
    people: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 }),
    options: fc.uniqueArray(fc.constantFrom('x', 'y', 'z', 'w'), { minLength: 1 }),
  })
  .chain(({ people, options }) =>
    fc.record({
      people: fc.constant(people),
      options: fc.constant(options),
      scores: fc.record(
        Object.fromEntries(
          people.map((p) => [
            p,
            fc.record(Object.fromEntries(options.map((o) => [o, fc.integer({ min: 0, max: 10 })]))),
          ]),
        ),
      ),
      chosen: fc.constantFrom(...options),
    }),
  );

describe('concessionsOf', () => {
  it('lies between 0 and 1, and is 0 exactly for those whose favourite was chosen', () => {
    fc.assert(
      fc.property(ballots, ({ people, options, scores, chosen }) => {
        const conceded = concessionsOf(people, options, scores, chosen);
        for (const person of people) {
          const value = conceded[person]!;
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
          const best = Math.max(...options.map((o) => scores[person]![o]!));
          expect(value === 0).toBe(scores[person]![chosen] === best);
        }
      }),
    );
  });

  it('does not change when someone scores on a stretched scale', () => {
    fc.assert(
      fc.property(ballots, ({ people, options, scores, chosen }) => {
        const person = people[0]!;
        const stretched = {
          ...scores,
          [person]: Object.fromEntries(options.map((o) => [o, scores[person]![o]! * 3 + 1])),
        };
        expect(concessionsOf(people, options, stretched, chosen)[person]).toBeCloseTo(
          concessionsOf(people, options, scores, chosen)[person]!,
          12,
        );
      }),
    );
  });

  it('is 1 for someone whose least liked option was chosen', () => {
    expect(
      concessionsOf(['a', 'b'], ['x', 'y'], { a: { x: 9, y: 2 }, b: { x: 1, y: 8 } }, 'x'),
    ).toEqual({ a: 0, b: 1 });
  });
});
