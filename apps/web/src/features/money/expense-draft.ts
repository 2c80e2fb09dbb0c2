import {
  minorToDecimal,
  parseAmount,
  type CreateExpenseBody,
  type Expense,
  type ExpenseCategory,
  type ExpensePrivacy,
  type SplitRuleBody,
  type UpdateExpenseBody,
} from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { splitDraftOf, splitRuleOf, type SplitDraft } from './split-draft';
import { ruleMemberIds } from './split-words';

/** The "paid by" choice for several payers, each with an amount. */
export const SEVERAL_PAYERS = 'several';

/** An expense as it is being typed. */
export interface ExpenseDraft {
  amount: string;
  description: string;
  category: ExpenseCategory;
  spentOn: string;
  currency: string;
  privacy: ExpensePrivacy;
  /** A member's id, or SEVERAL_PAYERS with an amount for each in `payerAmounts`. */
  payer: string;
  payerAmounts: Readonly<Record<string, string>>;
  participants: readonly string[];
  split: SplitDraft;
}

/** Field paths, as the server names them, and what is wrong with each. */
export type DraftErrors = Readonly<Partial<Record<string, string>>>;

export type DraftOutcome =
  { ok: true; body: CreateExpenseBody } | { ok: false; errors: DraftErrors };

/** A new expense: today, the space's currency, paid by me, shared by all, as usual. */
export function newExpenseDraft(options: {
  myId: string;
  memberIds: readonly string[];
  today: string;
  currency: string;
}): ExpenseDraft {
  return {
    amount: '',
    description: '',
    category: 'groceries',
    spentOn: options.today,
    currency: options.currency,
    privacy: 'shared',
    payer: options.myId,
    payerAmounts: {},
    participants: [...options.memberIds],
    split: splitDraftOf(undefined, options.currency),
  };
}

/** The draft to edit an expense with, its rule spelled out (not "as usual"). */
export function expenseDraftOf(expense: Expense): ExpenseDraft {
  const { currency } = expense;
  const split = expense.split ?? { kind: 'equal' };
  const several = expense.payers.length !== 1;
  return {
    amount: minorToDecimal(expense.amount, currency),
    description: expense.description ?? '',
    category: expense.category,
    spentOn: expense.spentOn,
    currency,
    privacy: expense.privacy,
    payer: several ? SEVERAL_PAYERS : expense.payers[0]!.userId,
    payerAmounts: several
      ? Object.fromEntries(
          expense.payers.map((p) => [p.userId, minorToDecimal(p.amount, currency)]),
        )
      : {},
    participants: [...new Set([...expense.shares.map((s) => s.userId), ...ruleMemberIds(split)])],
    split: splitDraftOf(split, currency),
  };
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

/**
 * The request body a draft makes, or what is wrong with it, by field. `usualRule` spells "as
 * usual" out, for an edit (where leaving the rule out would keep the expense's own).
 */
export function expenseBodyOf(
  draft: ExpenseDraft,
  myId: string,
  usualRule?: SplitRuleBody,
): DraftOutcome {
  const errors: Record<string, string> = {};
  const { currency } = draft;
  const amount = parseAmount(draft.amount, currency);
  if (amount === null) errors.amount = t('money.form.error.amount');
  else if (amount === 0) errors.amount = t('money.form.error.zero');
  const description = draft.description.trim();
  if (description === '') errors.description = t('money.form.error.description');

  let payers: { userId: string; amount: number }[] = [];
  let participants: string[] = [myId];
  let split: SplitRuleBody | undefined = { kind: 'equal' };
  // A private expense is personal spending: I paid it and it is mine alone.
  if (draft.privacy === 'private') {
    payers = [{ userId: myId, amount: amount ?? 0 }];
  } else {
    participants = sorted(draft.participants);
    if (participants.length === 0) errors.participants = t('money.form.error.participants');
    if (draft.payer === SEVERAL_PAYERS) {
      for (const [userId, text] of Object.entries(draft.payerAmounts)) {
        if (text.trim() === '') continue;
        const paid = parseAmount(text, currency);
        if (paid === null) errors.payers = t('money.form.error.payerAmount');
        else if (paid !== 0) payers.push({ userId, amount: paid });
      }
      payers.sort((a, b) => (a.userId < b.userId ? -1 : 1));
      const sum = payers.reduce((s, p) => s + p.amount, 0);
      if (!errors.payers && amount !== null && sum !== amount) {
        errors.payers = t('money.form.error.payersSum', {
          sum: format.money(sum, currency),
          total: format.money(amount, currency),
        });
      }
    } else {
      payers = [{ userId: draft.payer, amount: amount ?? 0 }];
    }
    const outcome = splitRuleOf(draft.split, participants, amount ?? undefined, currency);
    if (outcome.ok) split = outcome.rule ?? usualRule;
    else errors[outcome.field] = outcome.message;
  }

  if (amount === null || Object.keys(errors).length > 0) return { ok: false, errors };
  const body: CreateExpenseBody = {
    amount,
    description,
    currency,
    spentOn: draft.spentOn,
    category: draft.category,
    privacy: draft.privacy,
    payers,
    participants,
  };
  if (split) body.split = split;
  return { ok: true, body };
}

/** Only what changed, so an edit never rewrites what the form could only approximate. */
export function expensePatch(
  initial: CreateExpenseBody,
  next: CreateExpenseBody,
): UpdateExpenseBody {
  const changed = (key: keyof CreateExpenseBody) =>
    JSON.stringify(initial[key]) !== JSON.stringify(next[key]);
  const patch: UpdateExpenseBody = {};
  if (changed('amount')) patch.amount = next.amount;
  if (changed('description')) patch.description = next.description;
  if (changed('currency') && next.currency) patch.currency = next.currency;
  if (changed('spentOn') && next.spentOn) patch.spentOn = next.spentOn;
  if (changed('category') && next.category) patch.category = next.category;
  if (changed('privacy') && next.privacy) patch.privacy = next.privacy;
  if (changed('payers') && next.payers) patch.payers = next.payers;
  if (changed('participants') && next.participants) patch.participants = next.participants;
  if (changed('split') && next.split) patch.split = next.split;
  return patch;
}
