import type { ConflictTopic } from '@tandem/shared';
import { addDays } from '../../lib/dates';
import { t } from '../../lib/i18n';
import type { AgreementDraftBody } from './conflicts-api';

/** A fair while to live with an agreement before asking "did it hold?". */
export const CHECK_AFTER_DAYS = 14;
export const ITEM_MAX = 300;
export const MAX_ITEMS = 20;

/** One line of the agreement as it is being written; `key` keeps React rows apart. */
export interface ItemDraft {
  key: number;
  ownerId: string;
  text: string;
}

export interface AgreementDraft {
  items: ItemDraft[];
  checkOn: string;
}

export interface AgreementProblems {
  /** By the row's key. */
  items?: Record<number, { ownerId?: string; text?: string }>;
  checkOn?: string;
}

/**
 * Where a proposal starts: the agreement on the table if there is one (to change it), else one
 * empty line for me, checked on in two weeks.
 */
export function startingDraft(
  agreement: ConflictTopic['agreement'],
  myId: string,
  today: string,
): AgreementDraft {
  if (agreement) {
    return {
      items: agreement.items.map((item, index) => ({
        key: index,
        ownerId: item.ownerId,
        text: item.text,
      })),
      checkOn: agreement.checkOn > today ? agreement.checkOn : addDays(today, CHECK_AFTER_DAYS),
    };
  }
  return {
    items: [{ key: 0, ownerId: myId, text: '' }],
    checkOn: addDays(today, CHECK_AFTER_DAYS),
  };
}

/** The draft with one more empty line, for the same person as the last one. */
export function withAnotherItem(draft: AgreementDraft): AgreementDraft {
  const last = draft.items.at(-1);
  const key = Math.max(-1, ...draft.items.map((item) => item.key)) + 1;
  return { ...draft, items: [...draft.items, { key, ownerId: last?.ownerId ?? '', text: '' }] };
}

/**
 * What to send, or what is missing, named by field: every line needs someone and something to
 * do (empty lines are left out, but at least one is needed), and the check a day after today.
 */
export function agreementBody(
  draft: AgreementDraft,
  today: string,
): { body: AgreementDraftBody } | { problems: AgreementProblems } {
  const written = draft.items.filter((item) => item.text.trim() !== '');
  const filled = written.length > 0 ? written : draft.items.slice(0, 1);
  const items: NonNullable<AgreementProblems['items']> = {};
  for (const item of filled) {
    const problem: { ownerId?: string; text?: string } = {};
    if (item.text.trim() === '') problem.text = t('resolve.agreement.error.text');
    if (item.ownerId === '') problem.ownerId = t('resolve.agreement.error.owner');
    if (problem.text ?? problem.ownerId) items[item.key] = problem;
  }
  const problems: AgreementProblems = {};
  if (Object.keys(items).length > 0) problems.items = items;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.checkOn)) {
    problems.checkOn = t('resolve.agreement.error.checkOn');
  } else if (draft.checkOn <= today) {
    problems.checkOn = t('resolve.agreement.error.checkOnFuture');
  }
  if (problems.items ?? problems.checkOn) return { problems };
  return {
    body: {
      items: filled.map((item) => ({ text: item.text.trim(), ownerId: item.ownerId })),
      checkOn: draft.checkOn,
    },
  };
}
