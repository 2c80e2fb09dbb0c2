import type {
  AllowancesView,
  BudgetsView,
  CreateExpenseBody,
  ExpenseCategory,
  MoneySettings,
  RecurringExpense,
  SavingsGoal,
} from '@tandem/shared';
import { api, segment } from '../../../lib/api/api-client';

/** What adding a recurring expense sends: the expense without a date, its rule and first date. */
export interface NewRecurring {
  expense: Omit<CreateExpenseBody, 'spentOn'>;
  rrule: string;
  firstOn: string;
}

export interface RecurringChanges {
  amount?: number;
  description?: string;
  ended?: boolean;
}

export interface GoalFields {
  name: string;
  target: number;
  targetOn: string | null;
}

export interface Contribution {
  amount: number;
  userId?: string;
  contributedOn?: string;
}

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/money`;
const oneRecurring = (spaceId: string, id: string) => `${base(spaceId)}/recurring/${segment(id)}`;
const oneGoal = (spaceId: string, id: string) => `${base(spaceId)}/goals/${segment(id)}`;
const inMonth = (month: string) => `?month=${encodeURIComponent(month)}`;

export const fetchMoneySettings = (spaceId: string) =>
  api.get<MoneySettings>(`${base(spaceId)}/settings`);

export const fetchRecurring = (spaceId: string) =>
  api.get<{ items: RecurringExpense[] }>(`${base(spaceId)}/recurring`);
export const createRecurring = (spaceId: string, body: NewRecurring) =>
  api.post<RecurringExpense>(`${base(spaceId)}/recurring`, body);
export const updateRecurring = (spaceId: string, id: string, body: RecurringChanges) =>
  api.patch<RecurringExpense>(oneRecurring(spaceId, id), body);
export const deleteRecurring = (spaceId: string, id: string) =>
  api.delete(oneRecurring(spaceId, id));

export const fetchBudgets = (spaceId: string, month: string) =>
  api.get<BudgetsView>(`${base(spaceId)}/budgets${inMonth(month)}`);
export const saveBudget = (
  spaceId: string,
  category: ExpenseCategory,
  body: { monthlyLimit: number; rollover: boolean },
) => api.put<BudgetsView>(`${base(spaceId)}/budgets/${segment(category)}`, body);
export const deleteBudget = (spaceId: string, category: ExpenseCategory) =>
  api.delete(`${base(spaceId)}/budgets/${segment(category)}`);

export const fetchAllowances = (spaceId: string, month: string) =>
  api.get<AllowancesView>(`${base(spaceId)}/allowances${inMonth(month)}`);
export const saveAllowance = (spaceId: string, monthlyAmount: number) =>
  api.put<AllowancesView>(`${base(spaceId)}/allowance`, { monthlyAmount });
export const deleteAllowance = (spaceId: string) => api.delete(`${base(spaceId)}/allowance`);

export const fetchGoals = (spaceId: string) =>
  api.get<{ items: SavingsGoal[] }>(`${base(spaceId)}/goals`);
export const createGoal = (spaceId: string, body: GoalFields) =>
  api.post<SavingsGoal>(`${base(spaceId)}/goals`, body);
export const updateGoal = (spaceId: string, id: string, body: Partial<GoalFields>) =>
  api.patch<SavingsGoal>(oneGoal(spaceId, id), body);
export const deleteGoal = (spaceId: string, id: string) => api.delete(oneGoal(spaceId, id));
export const contribute = (spaceId: string, goalId: string, body: Contribution) =>
  api.post<SavingsGoal>(`${oneGoal(spaceId, goalId)}/contributions`, body);
export const deleteContribution = (spaceId: string, goalId: string, contributionId: string) =>
  api.delete(`${oneGoal(spaceId, goalId)}/contributions/${segment(contributionId)}`);
