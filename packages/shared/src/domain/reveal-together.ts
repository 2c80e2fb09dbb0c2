/**
 * Reveal-together: where answers could sway each other, each person answers privately and the
 * answers are shown to all only once everyone has answered, or the author reveals early.
 * Used by check-ins now and by every later "answer privately, reveal together" module.
 */
export interface RevealableAnswer {
  authorId: string;
  visibility: 'shared' | 'private';
  /** The author chose to show it before everyone had answered. */
  revealedEarly: boolean;
  /**
   * Everyone had answered once (recorded at that moment). Someone who joins later does not
   * take the reveal back from those who answered, but must answer before they see it.
   */
  roundCompleted: boolean;
}

export type AnswerView = 'full' | 'sealed' | 'hidden';

/**
 * Who has yet to give a shared answer. Private answers do not count: they are never shown, and
 * counting them would let someone unlock the others' answers without sharing their own.
 */
export function waitingForAnswers(
  memberIds: readonly string[],
  answers: readonly RevealableAnswer[],
): string[] {
  const answered = new Set(answers.filter((a) => a.visibility === 'shared').map((a) => a.authorId));
  return memberIds.filter((id) => !answered.has(id));
}

/** Whether anyone else can see, or could once see, `answer`: from then on it is final. */
export function isRevealed(
  answer: RevealableAnswer,
  memberIds: readonly string[],
  answers: readonly RevealableAnswer[],
): boolean {
  if (answer.visibility === 'private') return false;
  return (
    answer.revealedEarly ||
    answer.roundCompleted ||
    waitingForAnswers(memberIds, answers).length === 0
  );
}

/** What `viewerId` may see of `answer`, given the current members and all answers of the round. */
export function revealWhenAllAnswered(
  viewerId: string,
  answer: RevealableAnswer,
  memberIds: readonly string[],
  answers: readonly RevealableAnswer[],
): AnswerView {
  if (answer.authorId === viewerId) return 'full';
  if (answer.visibility === 'private') return 'hidden';
  if (answer.revealedEarly || waitingForAnswers(memberIds, answers).length === 0) return 'full';
  const viewerAnswered = answers.some((a) => a.authorId === viewerId && a.visibility === 'shared');
  return answer.roundCompleted && viewerAnswered ? 'full' : 'sealed';
}
