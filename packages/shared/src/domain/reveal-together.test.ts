import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { revealWhenAllAnswered, waitingForAnswers, type RevealableAnswer } from './reveal-together';

const people = fc.uniqueArray(fc.constantFrom('ana', 'ben', 'cleo', 'dev', 'eli'), {
  minLength: 1,
  maxLength: 5,
});
const round = people.chain((members) =>
  fc.record({
    members: fc.constant(members),
    answers: fc.uniqueArray(
      fc.record({
        authorId: fc.constantFrom(...members),
        visibility: fc.constantFrom<'shared' | 'private'>('shared', 'private'),
        revealedEarly: fc.boolean(),
      }),
      { selector: (a) => a.authorId },
    ),
    viewer: fc.constantFrom(...members),
  }),
);

describe('revealWhenAllAnswered', () => {
  it('always shows authors their own answer', () => {
    fc.assert(
      fc.property(round, ({ members, answers }) => {
        for (const answer of answers) {
          expect(revealWhenAllAnswered(answer.authorId, answer, members, answers)).toBe('full');
        }
      }),
    );
  });

  it('never shows anyone else a private answer, not even that it exists', () => {
    fc.assert(
      fc.property(round, ({ members, answers, viewer }) => {
        for (const answer of answers.filter(
          (a) => a.visibility === 'private' && a.authorId !== viewer,
        )) {
          expect(revealWhenAllAnswered(viewer, answer, members, answers)).toBe('hidden');
        }
      }),
    );
  });

  it('shows a shared answer to others exactly when all have shared or the author revealed early', () => {
    fc.assert(
      fc.property(round, ({ members, answers, viewer }) => {
        const allShared = members.every((m) =>
          answers.some((a) => a.authorId === m && a.visibility === 'shared'),
        );
        for (const answer of answers.filter(
          (a) => a.visibility === 'shared' && a.authorId !== viewer,
        )) {
          const expected = allShared || answer.revealedEarly ? 'full' : 'sealed';
          expect(revealWhenAllAnswered(viewer, answer, members, answers)).toBe(expected);
        }
      }),
    );
  });

  it('does not let a private answer unlock the others', () => {
    const answers: RevealableAnswer[] = [
      { authorId: 'ana', visibility: 'shared', revealedEarly: false },
      { authorId: 'ben', visibility: 'private', revealedEarly: false },
    ];
    expect(revealWhenAllAnswered('ben', answers[0]!, ['ana', 'ben'], answers)).toBe('sealed');
    expect(waitingForAnswers(['ana', 'ben'], answers)).toEqual(['ben']);
  });
});
