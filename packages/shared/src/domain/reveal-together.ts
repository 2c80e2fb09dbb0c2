/**
 * Reveal-together: where answers could sway each other, each person answers privately and the
 * answers are shown to all only once everyone has answered, or the author reveals early.
 * Used by check-ins now and by every later "answer privately, reveal together" module.
 */
export interface RevealableAnswer {
  authorId: string;
  visibility: 'shared' | 'private';
  revealedEarly: boolean;
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

/** What `viewerId` may see of `answer`, given the current members and all answers of the round. */
export function revealWhenAllAnswered(
  viewerId: string,
  answer: RevealableAnswer,
  memberIds: readonly string[],
  answers: readonly RevealableAnswer[],
): AnswerView {
  if (answer.authorId === viewerId) return 'full';
  if (answer.visibility === 'private') return 'hidden';
  if (answer.revealedEarly) return 'full';
  return waitingForAnswers(memberIds, answers).length === 0 ? 'full' : 'sealed';
}
