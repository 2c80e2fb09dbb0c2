import {
  shareExpense,
  SplitRuleError,
  type ExpenseCategory,
  type ExpensePrivacy,
  type SplitRuleBody,
} from '@tandem/shared';
import type { Executor } from '../../db/executor';
import { invalidField } from '../../http/app-error';
import { requireCurrentMember } from '../spaces/spaces.policy';
import type { Membership } from '../spaces/spaces.repository';
import type * as repo from './money.repository';
import type { MoneyService } from './money.service';

/** What an expense is, before its shares are worked out. */
export interface Draft {
  amount: number;
  description: string;
  currency: string;
  spentOn: string;
  category: ExpenseCategory;
  privacy: ExpensePrivacy;
  payers: { userId: string; amount: number }[];
  participants: string[];
  split: SplitRuleBody;
}

/**
 * Who paid and whose share, per member. A private expense is personal spending: the author
 * paid it and it is theirs alone.
 */
export async function expenseLines(
  db: Executor,
  money: MoneyService,
  membership: Membership,
  id: string,
  draft: Draft,
): Promise<repo.LineRow[]> {
  const me = membership.userId;
  if (draft.privacy === 'private') {
    const others = [...draft.payers.map((p) => p.userId), ...draft.participants].some(
      (u) => u !== me,
    );
    if (others)
      throw invalidField(
        'privacy',
        'A private expense is yours alone: you pay it and it is yours.',
      );
  }
  draft.payers.forEach((p, i) => requireCurrentMember(membership, p.userId, `payers.${i}.userId`));
  draft.participants.forEach((u, i) => requireCurrentMember(membership, u, `participants.${i}`));
  if (new Set(draft.payers.map((p) => p.userId)).size !== draft.payers.length) {
    throw invalidField('payers', 'Name each payer once.');
  }
  const paidSum = draft.payers.reduce((s, p) => s + p.amount, 0);
  if (paidSum !== draft.amount) {
    throw invalidField(
      'payers',
      `The payers' amounts must add up to ${draft.amount}; they add up to ${paidSum}.`,
    );
  }
  const ruleMembers = ruleMemberIds(draft.split);
  const outsider = ruleMembers.find((u) => !draft.participants.includes(u));
  if (outsider) throw invalidField('split', 'The rule names someone who does not share it.');

  const incomes =
    draft.split.kind === 'income' || draft.split.kind === 'blend'
      ? await money.incomeAmounts(db, membership.spaceId)
      : {};
  let shares: Record<string, number>;
  try {
    shares = shareExpense(draft.amount, draft.split, [...new Set(draft.participants)], incomes, id);
  } catch (error) {
    if (error instanceof SplitRuleError) throw invalidField(`split.${error.field}`, error.message);
    throw error;
  }
  const people = new Set([...draft.payers.map((p) => p.userId), ...Object.keys(shares)]);
  return [...people].map((userId) => ({
    expense_id: id,
    space_id: membership.spaceId,
    user_id: userId,
    paid: draft.payers.find((p) => p.userId === userId)?.amount ?? 0,
    owed: shares[userId] ?? 0,
  }));
}

/** The members a rule names by id (shares, percentages, exact amounts). */
export function ruleMemberIds(rule: SplitRuleBody): string[] {
  if (rule.kind === 'shares') return Object.keys(rule.shares);
  if (rule.kind === 'percent') return Object.keys(rule.percents);
  if (rule.kind === 'exact') return Object.keys(rule.amounts);
  return [];
}
