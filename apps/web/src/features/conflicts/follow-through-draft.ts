import type { ChoreArea, ExpenseCategory } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { choiceToRrule, type RecurrenceChoice } from '../chores/rrule-choice';
import type { ItemFollowThrough } from './conflicts-api';

export const followThroughKinds = ['responsibility', 'expense_rule', 'decision'] as const;
export type FollowThroughKind = (typeof followThroughKinds)[number];

/** How often a chore made from an agreement comes round: the simple rhythms only. */
export const choreRhythms = [
  'once',
  'weekly',
  'monthly',
] as const satisfies readonly RecurrenceChoice[];
export type ChoreRhythm = (typeof choreRhythms)[number];

export interface ChoreDraft {
  name: string;
  area: ChoreArea;
  rhythm: ChoreRhythm;
  minutes: string;
}

/** A chore named after what was agreed (as much as fits), weekly, a quarter of an hour. */
export function choreDraftFor(itemText: string): ChoreDraft {
  const name = itemText.trim();
  return {
    name: name.length > 80 ? `${name.slice(0, 79)}…` : name,
    area: 'home',
    rhythm: 'weekly',
    minutes: '15',
  };
}

/** The chore to create, or which field is wrong: a name and whole minutes from 1 to 1440. */
export function choreBody(
  draft: ChoreDraft,
): { body: ItemFollowThrough } | { problem: 'name' | 'minutes' } {
  const name = draft.name.trim();
  if (name === '') return { problem: 'name' };
  const minutes = Number(draft.minutes.trim());
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 24 * 60) return { problem: 'minutes' };
  return {
    body: {
      kind: 'responsibility',
      responsibility: {
        name,
        area: draft.area,
        rrule: choiceToRrule({ choice: draft.rhythm, days: [] }),
        minutes: { notice: 0, plan: 0, do: minutes },
      },
    },
  };
}

/** A new decision's question from what was agreed: the item's words, as much as fits. */
export const decisionQuestionFor = (itemText: string): string => itemText.trim().slice(0, 200);

export const expenseRuleBody = (
  category: ExpenseCategory,
  split: Extract<ItemFollowThrough, { kind: 'expense_rule' }>['split'],
): ItemFollowThrough => ({ kind: 'expense_rule', category, split });

/** The other module a follow-through creates something in, to refresh it there as well. */
export function createdIn(spaceId: string, kind: FollowThroughKind) {
  switch (kind) {
    case 'responsibility':
      return queryKeys.chores(spaceId);
    case 'expense_rule':
      return queryKeys.money(spaceId);
    case 'decision':
      return queryKeys.decisions(spaceId);
  }
}
