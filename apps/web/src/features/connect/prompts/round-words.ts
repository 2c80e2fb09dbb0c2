import type { PromptRound } from '@tandem/shared';
import { format, locale, t } from '../../../lib/i18n';

/**
 * Where a round stands for me. Revealed: nobody is left to wait for, or my answer is in and can
 * no longer change (someone who joined the space later cannot unseal what we already shared).
 */
export type RoundStage =
  | { kind: 'revealed'; answerCount: number }
  | {
      kind: 'open';
      iAnswered: boolean;
      /** Others whose answers are in, sealed to me for now. */
      answered: string[];
      /** Others we are still waiting for. */
      waiting: string[];
    };

export function roundStage(round: PromptRound, myId: string): RoundStage {
  const iAnswered = round.answers.some((answer) => answer.userId === myId);
  if (round.waitingFor.length === 0 || (iAnswered && !round.capabilities.canAnswer)) {
    return { kind: 'revealed', answerCount: round.answers.length };
  }
  return {
    kind: 'open',
    iAnswered,
    answered: round.answers.map((a) => a.userId).filter((userId) => userId !== myId),
    waiting: round.waitingFor.filter((userId) => userId !== myId),
  };
}

type NameOf = (userId: string) => string;
const namesOf = (userIds: readonly string[], nameOf: NameOf) => format.list(userIds.map(nameOf));

/**
 * The others' side of a round in words: who has answered (and that I see it once I answer),
 * who we are waiting for, or that the answers are out and stay as they are.
 */
export function roundStatus(round: PromptRound, myId: string, nameOf: NameOf): string {
  const stage = roundStage(round, myId);
  if (stage.kind === 'revealed') {
    if (stage.answerCount <= 1) return t('connect.prompts.status.alone');
    return stage.answerCount === 2
      ? t('connect.prompts.status.revealedBoth')
      : t('connect.prompts.status.revealedAll');
  }
  const sentences: string[] = [];
  if (stage.answered.length > 0) {
    const vars = { names: namesOf(stage.answered, nameOf), count: stage.answered.length };
    sentences.push(
      stage.iAnswered
        ? t('connect.prompts.status.answeredToo', vars)
        : t('connect.prompts.status.answeredSealed', vars),
    );
  }
  if (stage.waiting.length > 0) {
    const vars = { names: namesOf(stage.waiting, nameOf), count: stage.waiting.length };
    sentences.push(
      stage.iAnswered || stage.answered.length > 0
        ? t('connect.prompts.status.waitingFor', vars)
        : t('connect.prompts.status.notYetEither', vars),
    );
  }
  return sentences.join(' ');
}

/**
 * Under "Your answer" while it can still change: until when, or — when I am the last to answer
 * — that saving it shows everyone's answers, for good.
 */
export function answerHint(round: PromptRound, myId: string, nameOf: NameOf): string {
  const waiting = round.waitingFor.filter((userId) => userId !== myId);
  if (waiting.length === 0) return t('connect.prompts.answer.lastHint');
  return t('connect.prompts.answer.changeHint', {
    names: namesOf(waiting, nameOf),
    count: waiting.length,
  });
}

const monthFormat = new Intl.DateTimeFormat(locale, {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "March 2025" for 2025-03. */
export const monthInWords = (month: string): string =>
  monthFormat.format(new Date(`${month}-01T00:00:00Z`));
