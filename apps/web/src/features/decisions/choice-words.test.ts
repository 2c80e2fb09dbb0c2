import { describe, expect, it } from 'vitest';
import {
  choiceHeadline,
  concessionSentences,
  gaveWay,
  reviewDue,
  reviewSentences,
} from './choice-words';
import { ALEX, SAM, buildDecision, people } from './test-data';

const choice = (overrides: Partial<NonNullable<ReturnType<typeof buildDecision>['choice']>>) => ({
  optionId: 'o1',
  why: 'Closer to family.',
  decidedBy: ALEX,
  decidedAt: '2026-03-02T10:00:00.000Z',
  reviewOn: null,
  concessions: [],
  reviews: [],
  link: null,
  ...overrides,
});

describe('choiceHeadline', () => {
  it('names the option chosen, or says we keep looking', () => {
    expect(choiceHeadline(buildDecision({ choice: choice({}) }))).toBe('You chose The coast');
    expect(choiceHeadline(buildDecision({ choice: choice({ optionId: null }) }))).toBe(
      'You haven’t chosen any of these yet — you’re still looking.',
    );
  });
});

describe('concessions in words', () => {
  it('reads a concession as a word', () => {
    expect([0, 0.2, 0.5, 0.9].map(gaveWay)).toEqual(['favourite', 'little', 'some', 'lot']);
  });

  it('says each one’s, me first', () => {
    const sentences = concessionSentences(
      choice({
        concessions: [
          { userId: SAM, conceded: 0.6 },
          { userId: ALEX, conceded: 0 },
        ],
      }),
      people,
    );
    expect(sentences).toEqual(['You got your favourite.', 'Sam gave way quite a bit.']);
  });
});

describe('reviewDue', () => {
  const decided = (reviewOn: string | null) =>
    buildDecision({
      phase: 'decided',
      choice: choice({ reviewOn }),
      capabilities: { ...buildDecision().capabilities, canReview: true },
    });

  it('asks on and after the review day, not before nor without one', () => {
    expect(reviewDue(decided('2026-04-01'), '2026-03-31')).toBe(false);
    expect(reviewDue(decided('2026-04-01'), '2026-04-01')).toBe(true);
    expect(reviewDue(decided('2026-04-01'), '2026-05-01')).toBe(true);
    expect(reviewDue(decided(null), '2026-05-01')).toBe(false);
  });
});

describe('reviewSentences', () => {
  it('says each answer with its note, me first', () => {
    const reviews = [
      { userId: SAM, verdict: 'revisit' as const, note: 'Too far.', answeredAt: '' },
      { userId: ALEX, verdict: 'still_right' as const, note: '', answeredAt: '' },
    ];
    expect(reviewSentences(choice({ reviews }), people)).toEqual([
      'You: still the right call.',
      'Sam: let’s revisit it. “Too far.”',
    ]);
  });
});
