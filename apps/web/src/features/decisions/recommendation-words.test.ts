import { describe, expect, it } from 'vitest';
import type { Decision } from '@tandem/shared';
import { recommendationSentences } from './recommendation-words';
import { ALEX, SAM, ballot, buildDecision, option, people } from './test-data';

const revealed = (overrides: Partial<Decision>) =>
  buildDecision({ phase: 'revealed', waitingFor: [], ...overrides });

describe('recommendationSentences', () => {
  it('explains the recommended one, then those behind it, then those out and why', () => {
    const decision = revealed({
      options: [
        option('now', 'Keep things as they are', true),
        option('a', 'Coast'),
        option('b', 'Mountains'),
        option('c', 'City'),
        option('d', 'Camping'),
        option('e', 'Cruise'),
      ],
      ballots: [
        ballot(ALEX, {}, { couldLiveWith: ['a'] }),
        ballot(SAM, {}, { vetoes: ['d'], couldLiveWith: ['a'] }),
      ],
      recommendation: {
        recommended: 'a',
        ranking: ['a', 'b'],
        reasons: {
          a: { verdict: 'ranked', product: 0.5, worstGain: 0.5 },
          b: { verdict: 'ranked', product: 0.2, worstGain: 0.2 },
          c: { verdict: 'worse_than_now', for: [SAM, ALEX] },
          d: { verdict: 'vetoed', by: [SAM] },
          e: { verdict: 'dominated', by: 'a' },
          now: { verdict: 'dominated', by: 'a' },
        },
      },
    });
    expect(recommendationSentences(decision, people)).toEqual([
      '“Coast” gives you the most together, and nobody is worse off than with things as they are.',
      'You said you could live with it.',
      'Sam said they could live with it.',
      '“Mountains” works for everyone too, but brings you less together.',
      '“Keep things as they are” is out: “Coast” is at least as good for everyone, and better for someone.',
      '“City” is out: you and Sam would be less happy with it than with things as they are.',
      '“Camping” is out: Sam marked it as a dealbreaker.',
      '“Cruise” is out: “Coast” is at least as good for everyone, and better for someone.',
    ]);
  });

  it('says how a tie was broken', () => {
    const tie = (worstA: number, worstB: number) =>
      revealed({
        recommendation: {
          recommended: 'o1',
          ranking: ['o1', 'o2'],
          reasons: {
            o1: { verdict: 'ranked', product: 0.25, worstGain: worstA },
            o2: { verdict: 'ranked', product: 0.25, worstGain: worstB },
          },
        },
      });
    expect(recommendationSentences(tie(0.5, 0.25), people).slice(0, 2)).toEqual([
      '“The coast” gives you the most together.',
      'It came out level with “The mountains”; it is the better of the two for whoever gains least.',
    ]);
    expect(recommendationSentences(tie(0.5, 0.5), people)[1]).toBe(
      'It came out level with “The mountains” in every way; Tandem leaned towards whoever has given way more in earlier decisions.',
    );
  });

  it('says when keeping things as they are comes out best', () => {
    const decision = revealed({
      options: [option('now', 'Keep things as they are', true), option('o1', 'Move')],
      recommendation: {
        recommended: 'now',
        ranking: ['now'],
        reasons: {
          now: { verdict: 'ranked', product: 0, worstGain: 0 },
          o1: { verdict: 'worse_than_now', for: [SAM] },
        },
      },
    });
    expect(recommendationSentences(decision, people)).toEqual([
      '“Keep things as they are” comes out best: none of the changes makes all of you better off.',
      '“Move” is out: Sam would be less happy with it than with things as they are.',
    ]);
  });

  it('with nothing left, only says why each option is out', () => {
    const decision = revealed({
      recommendation: {
        recommended: null,
        ranking: [],
        reasons: {
          o1: { verdict: 'vetoed', by: [ALEX] },
          o2: { verdict: 'vetoed', by: [ALEX, SAM] },
        },
      },
    });
    expect(recommendationSentences(decision, people)).toEqual([
      '“The coast” is out: you marked it as a dealbreaker.',
      '“The mountains” is out: you and Sam marked it as a dealbreaker.',
    ]);
  });
});
