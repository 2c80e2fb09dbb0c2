import type { GrowthGoal } from '@tandem/shared';
import type { GoalBody, GoalPatch, GoalVisibility } from './growth-api';

/** The goal form as typed. */
export interface GoalDraft {
  title: string;
  why: string;
  visibility: GoalVisibility;
  howToHelp: string;
  /** One step a line. */
  steps: string;
}

export const emptyGoalDraft: GoalDraft = {
  title: '',
  why: '',
  visibility: 'private',
  howToHelp: '',
  steps: '',
};

export function draftFromGoal(goal: GrowthGoal): GoalDraft {
  return {
    title: goal.title,
    why: goal.why,
    visibility: goal.visibility,
    howToHelp: goal.howToHelp,
    steps: '',
  };
}

export const stepLines = (steps: string) =>
  steps
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * A new goal to send: blanks left out, and "how others can help" only on a shared goal (on a
 * private one nobody else would read it). Undefined without a title.
 */
export function bodyFromDraft(draft: GoalDraft): GoalBody | undefined {
  const title = draft.title.trim();
  if (title === '') return undefined;
  const body: GoalBody = { title, visibility: draft.visibility };
  const why = draft.why.trim();
  if (why !== '') body.why = why;
  const howToHelp = draft.howToHelp.trim();
  if (draft.visibility === 'shared' && howToHelp !== '') body.howToHelp = howToHelp;
  const steps = stepLines(draft.steps);
  if (steps.length > 0) body.steps = steps;
  return body;
}

/**
 * An edit to send: the words as typed, emptied fields included, so a "why" can be taken back.
 * Undefined without a title.
 */
export function patchFromDraft(draft: GoalDraft): GoalPatch | undefined {
  const title = draft.title.trim();
  if (title === '') return undefined;
  return {
    title,
    why: draft.why.trim(),
    visibility: draft.visibility,
    howToHelp: draft.howToHelp.trim(),
  };
}
