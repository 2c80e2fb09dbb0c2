import type { Expense, SplitRuleBody } from '@tandem/shared';
import { canSeeDescription, expenseCapabilities } from './money.policy';
import type { ExpenseRow, LineRow } from './money.repository';

type Line = Pick<LineRow, 'user_id' | 'paid' | 'owed'>;

/** An expense as the viewer may see it, with what they may do with it. */
export function presentExpense(row: ExpenseRow, lines: Line[], viewerId: string): Expense {
  return {
    ...presentExpenseContent(row, lines, viewerId),
    capabilities: expenseCapabilities(
      row,
      viewerId,
      lines.map((l) => l.user_id),
    ),
  };
}

/** An expense as the viewer may see it: another's amount-only expense without its description. */
export function presentExpenseContent(
  row: ExpenseRow,
  lines: Line[],
  viewerId: string,
): Omit<Expense, 'capabilities'> {
  const payers = lines
    .filter((l) => l.paid !== 0)
    .map((l) => ({ userId: l.user_id, amount: Number(l.paid) }));
  return {
    id: row.id,
    kind: row.kind,
    amount: Number(row.amount),
    currency: row.currency,
    description: canSeeDescription(row, viewerId) ? row.description : null,
    category: row.category as Expense['category'],
    spentOn: row.spent_on,
    privacy: row.privacy,
    payers,
    shares: lines
      .filter((l) => l.owed !== 0)
      .map((l) => ({ userId: l.user_id, amount: Number(l.owed) })),
    split: row.split ? (JSON.parse(row.split) as SplitRuleBody) : null,
    recurringId: row.recurring_id,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}
