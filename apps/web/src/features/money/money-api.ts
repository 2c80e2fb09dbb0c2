import type {
  BalancesView,
  CreateExpenseBody,
  Expense,
  ExpenseCategory,
  IncomesView,
  MoneySettings,
  SplitRuleBody,
  UpdateExpenseBody,
} from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

/** One page of the ledger, newest first; `next` is the cursor for the page after it. */
export interface ExpensePage {
  items: Expense[];
  next: string | null;
}

/** One change to an expense, with the expense as it was after it. */
export interface ExpenseRevision {
  action: 'created' | 'edited' | 'deleted';
  changedBy: string;
  changedAt: string;
  expense: Omit<Expense, 'capabilities'>;
}

export interface MoneySettingsChanges {
  currency?: string;
  defaultSplit?: SplitRuleBody;
  /** Null takes a category back to the usual rule. */
  categorySplits?: Partial<Record<ExpenseCategory, SplitRuleBody | null>>;
}

export interface SettlementBody {
  from: string;
  to: string;
  amount: number;
  currency: string;
  settledOn?: string;
  /** What was actually paid, when in another currency. */
  paid?: { amount: number; currency: string };
}

/** How many ledger lines one page brings. */
export const LEDGER_PAGE_SIZE = 50;

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/money`;
const oneExpense = (spaceId: string, expenseId: string) =>
  `${base(spaceId)}/expenses/${segment(expenseId)}`;

export const fetchMoneySettings = (spaceId: string) =>
  api.get<MoneySettings>(`${base(spaceId)}/settings`);
export const updateMoneySettings = (spaceId: string, changes: MoneySettingsChanges) =>
  api.patch<MoneySettings>(`${base(spaceId)}/settings`, changes);

export const fetchIncomes = (spaceId: string) => api.get<IncomesView>(`${base(spaceId)}/incomes`);
export const saveIncome = (spaceId: string, body: { monthlyAmount: number; private: boolean }) =>
  api.put<IncomesView>(`${base(spaceId)}/income`, body);
export const removeIncome = (spaceId: string) => api.delete(`${base(spaceId)}/income`);

export function fetchExpenses(spaceId: string, before: string | undefined) {
  const query = new URLSearchParams({ limit: String(LEDGER_PAGE_SIZE) });
  if (before !== undefined) query.set('before', before);
  return api.get<ExpensePage>(`${base(spaceId)}/expenses?${query.toString()}`);
}
export const createExpense = (spaceId: string, body: CreateExpenseBody) =>
  api.post<Expense>(`${base(spaceId)}/expenses`, body);
export const updateExpense = (spaceId: string, expenseId: string, body: UpdateExpenseBody) =>
  api.patch<Expense>(oneExpense(spaceId, expenseId), body);
export const deleteExpense = (spaceId: string, expenseId: string) =>
  api.delete(oneExpense(spaceId, expenseId));
export const fetchExpenseHistory = (spaceId: string, expenseId: string) =>
  api.get<{ items: ExpenseRevision[] }>(`${oneExpense(spaceId, expenseId)}/history`);

export const fetchBalances = (spaceId: string) =>
  api.get<BalancesView>(`${base(spaceId)}/balances`);
export const recordSettlement = (spaceId: string, body: SettlementBody) =>
  api.post<Expense>(`${base(spaceId)}/settlements`, body);
