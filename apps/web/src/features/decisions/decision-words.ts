import type { Decision } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { whoInWords, type People } from './people';

type Option = Decision['options'][number];

/** An option's label; "keep things as they are" in the reader's language. */
export const labelOf = (option: Pick<Option, 'label' | 'statusQuo'>): string =>
  option.statusQuo ? t('decide.statusQuoLabel') : option.label;

/** The label of an option by id; an option that is gone reads as such rather than as an id. */
export function optionLabel(decision: Pick<Decision, 'options'>, optionId: string): string {
  const option = decision.options.find((o) => o.id === optionId);
  return option ? labelOf(option) : t('decide.optionGone');
}

/**
 * Who we are still waiting for while scores are sealed, in sentences: the others by name
 * ("Waiting for Sam to score"), and a word to me if my own scores are still to come.
 */
export function waitingSentences(
  decision: Pick<Decision, 'waitingFor' | 'myBallot'>,
  people: People,
): string[] {
  const others = decision.waitingFor.filter((id) => id !== people.myId);
  const me = decision.waitingFor.includes(people.myId);
  const sentences: string[] = [];
  if (others.length > 0) {
    sentences.push(t('decide.waiting.for', { names: whoInWords(people, others) }));
  }
  if (me) {
    if (decision.myBallot) sentences.push(t('decide.waiting.meAgain'));
    else if (others.length === 0) sentences.push(t('decide.waiting.onlyMe'));
    else sentences.push(t('decide.waiting.meToo'));
  }
  return sentences;
}

/** One line under a decision in the list: where it stands, from my side. */
export function decisionStatus(decision: Decision, people: People): string {
  switch (decision.phase) {
    case 'scoring': {
      if (decision.waitingFor.includes(people.myId)) return t('decide.status.yourTurn');
      return t('decide.status.waitingFor', {
        names: whoInWords(people, decision.waitingFor),
      });
    }
    case 'revealed':
      return t('decide.status.revealed');
    case 'decided': {
      const chosen = decision.choice?.optionId;
      return chosen
        ? t('decide.status.chose', { label: optionLabel(decision, chosen) })
        : t('decide.status.stillLooking');
    }
  }
}

/** "Decide by Friday 12 June", or nothing without a deadline. */
export const deadlineText = (decision: Pick<Decision, 'deadlineOn'>): string | undefined =>
  decision.deadlineOn ? t('decide.deadline', { day: format.day(decision.deadlineOn) }) : undefined;

/** Still to settle (being scored, or scored and waiting for a choice) and decided, newest first. */
export function splitDecisions(decisions: readonly Decision[]) {
  return {
    open: decisions.filter((decision) => decision.phase !== 'decided'),
    decided: decisions.filter((decision) => decision.phase === 'decided'),
  };
}
