import type { PromptRound } from '@tandem/shared';

/** One person's place beside the prompt: their answer, a sealed one, or none yet. */
export type AnswerTile =
  | { userId: string; kind: 'text'; text: string }
  | { userId: string; kind: 'sealed' }
  | { userId: string; kind: 'waiting' };

/**
 * The answers side by side, me first and then the others in member order (someone who has
 * left, after them), followed by those we are still waiting for. My own place is left out
 * while I have not answered: the form stands there.
 */
export function answerTiles(
  round: PromptRound,
  myId: string,
  memberIds: readonly string[],
): AnswerTile[] {
  const rank = (userId: string) => {
    if (userId === myId) return -1;
    const index = memberIds.indexOf(userId);
    return index < 0 ? memberIds.length : index;
  };
  const answered: AnswerTile[] = round.answers.map((answer) =>
    answer.view === 'full' && answer.text !== null
      ? { userId: answer.userId, kind: 'text', text: answer.text }
      : { userId: answer.userId, kind: 'sealed' },
  );
  const waiting: AnswerTile[] = round.waitingFor
    .filter((userId) => userId !== myId)
    .map((userId) => ({ userId, kind: 'waiting' }));
  const byRank = (a: AnswerTile, b: AnswerTile) => rank(a.userId) - rank(b.userId);
  return [...answered.sort(byRank), ...waiting.sort(byRank)];
}
