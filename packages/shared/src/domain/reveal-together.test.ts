import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isRevealed,
  revealWhenAllAnswered,
  waitingForAnswers,
  type RevealableAnswer,
} from './reveal-together';

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
        roundCompleted: fc.boolean(),
      }),
      { selector: (a) => a.authorId },
    ),
    viewer: fc.constantFrom(...members),
  }),
);

const hasShared = (answers: RevealableAnswer[], who: string) =>
  answers.some((a) => a.authorId === who && a.visibility === 'shared');

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
          expect(isRevealed(answer, members, answers)).toBe(false);
        }
      }),
    );
  });

  it('shows a shared answer to others exactly when all have shared, it was revealed early, or the viewer answered a completed round', () => {
    fc.assert(
      fc.property(round, ({ members, answers, viewer }) => {
        const allShared = members.every((m) => hasShared(answers, m));
        for (const answer of answers.filter(
          (a) => a.visibility === 'shared' && a.authorId !== viewer,
        )) {
          const visible =
            allShared ||
            answer.revealedEarly ||
            (answer.roundCompleted && hasShared(answers, viewer));
          expect(revealWhenAllAnswered(viewer, answer, members, answers)).toBe(
            visible ? 'full' : 'sealed',
          );
        }
      }),
    );
  });

  it('never takes a reveal back from someone who saw it when a newcomer joins', () => {
    fc.assert(
      fc.property(
        round,
        fc.constantFrom('fay', 'gus'),
        ({ members, answers, viewer }, newcomer) => {
          // What the server records when a round completes: every shared answer of it.
          const complete = waitingForAnswers(members, answers).length === 0;
          const recorded = answers.map((a) => ({
            ...a,
            roundCompleted: a.roundCompleted || (complete && a.visibility === 'shared'),
          }));
          for (const [i, answer] of answers.entries()) {
            const before = revealWhenAllAnswered(viewer, answer, members, answers);
            const after = revealWhenAllAnswered(
              viewer,
              recorded[i]!,
              [...members, newcomer],
              recorded,
            );
            if (before === 'full') expect(after).toBe('full');
            // The newcomer must answer first.
            if (answer.visibility === 'shared' && !answer.revealedEarly) {
              expect(
                revealWhenAllAnswered(newcomer, recorded[i]!, [...members, newcomer], recorded),
              ).toBe('sealed');
            }
          }
        },
      ),
    );
  });

  it('does not let a private answer unlock the others', () => {
    const answers: RevealableAnswer[] = [
      { authorId: 'ana', visibility: 'shared', revealedEarly: false, roundCompleted: false },
      { authorId: 'ben', visibility: 'private', revealedEarly: false, roundCompleted: false },
    ];
    expect(revealWhenAllAnswered('ben', answers[0]!, ['ana', 'ben'], answers)).toBe('sealed');
    expect(waitingForAnswers(['ana', 'ben'], answers)).toEqual(['ben']);
  });
});
