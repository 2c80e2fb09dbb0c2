import type { PromptRound } from '@tandem/shared';

type Answer = PromptRound['answers'][number];

/** Builders for the prompts unit tests: a round asked of `me` and `sam`, nobody answered yet. */
export function buildRound(overrides: Partial<PromptRound> = {}): PromptRound {
  return {
    id: 'r1',
    deck: 'dreams',
    text: 'If you could learn any skill in a month, what would it be?',
    askedBy: 'me',
    askedAt: '2025-03-01T08:00:00.000Z',
    answers: [],
    waitingFor: ['me', 'sam'],
    favourite: false,
    capabilities: { canAnswer: true },
    ...overrides,
  };
}

export function buildAnswer(userId: string, overrides: Partial<Answer> = {}): Answer {
  return {
    userId,
    view: 'full',
    text: `${userId} says hello`,
    answeredAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

export const sealedAnswer = (userId: string): Answer =>
  buildAnswer(userId, { view: 'sealed', text: null });
