import type { ExpenseRow } from './money.repository';

/**
 * Who may see what of an expense. Shared: everything, for every member. Amount-only: the amount
 * and category count for everyone, what it was for stays with its author. Private: its author
 * alone (the repository does not even load it for anyone else).
 */
export const canSeeDescription = (row: ExpenseRow, viewerId: string) =>
  row.privacy === 'shared' || row.created_by === viewerId;

/**
 * Partners are equals on shared expenses: any member may correct one, and its history shows
 * who did. An amount-only or private expense is its author's to change. A settlement is a
 * record of money that moved: it can be deleted (by either side or its recorder), not edited.
 */
export function expenseCapabilities(row: ExpenseRow, viewerId: string, involved: string[]) {
  if (row.kind === 'settlement') {
    return {
      canEdit: false,
      canDelete: row.created_by === viewerId || involved.includes(viewerId),
    };
  }
  const mine = row.privacy === 'shared' || row.created_by === viewerId;
  return { canEdit: mine, canDelete: mine };
}
