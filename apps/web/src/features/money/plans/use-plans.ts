import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { ExpenseCategory } from '@tandem/shared';
import { queryKeys } from '../../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../../lib/api/refetching-mutation';
import {
  contribute,
  createGoal,
  createRecurring,
  deleteAllowance,
  deleteBudget,
  deleteContribution,
  deleteGoal,
  deleteRecurring,
  fetchAllowances,
  fetchBudgets,
  fetchGoals,
  fetchMoneySettings,
  fetchRecurring,
  saveAllowance,
  saveBudget,
  updateGoal,
  updateRecurring,
  type Contribution,
  type GoalFields,
  type NewRecurring,
  type RecurringChanges,
} from './plans-api';

/**
 * The plans' queries, all under the space's `money` key: an 'expense' event — a partner adding
 * a budget, or an expense moving what is left of one — refreshes every one of them.
 */
export const planKeys = {
  settings: (spaceId: string) => [...queryKeys.money(spaceId), 'plans', 'settings'] as const,
  recurring: (spaceId: string) => [...queryKeys.money(spaceId), 'plans', 'recurring'] as const,
  budgets: (spaceId: string, month: string) =>
    [...queryKeys.money(spaceId), 'plans', 'budgets', month] as const,
  allowances: (spaceId: string, month: string) =>
    [...queryKeys.money(spaceId), 'plans', 'allowances', month] as const,
  goals: (spaceId: string) => [...queryKeys.money(spaceId), 'plans', 'goals'] as const,
};

export const useMoneySettings = (spaceId: string) =>
  useQuery({ queryKey: planKeys.settings(spaceId), queryFn: () => fetchMoneySettings(spaceId) });

export const useRecurring = (spaceId: string) =>
  useQuery({ queryKey: planKeys.recurring(spaceId), queryFn: () => fetchRecurring(spaceId) });

/** The month before stays on screen while the next loads, so the list does not jump. */
export const useBudgets = (spaceId: string, month: string) =>
  useQuery({
    queryKey: planKeys.budgets(spaceId, month),
    queryFn: () => fetchBudgets(spaceId, month),
    placeholderData: keepPreviousData,
  });

export const useAllowances = (spaceId: string, month: string) =>
  useQuery({
    queryKey: planKeys.allowances(spaceId, month),
    queryFn: () => fetchAllowances(spaceId, month),
  });

export const useGoals = (spaceId: string) =>
  useQuery({ queryKey: planKeys.goals(spaceId), queryFn: () => fetchGoals(spaceId) });

/**
 * Refetches everything about money after a change: a recurring expense adds to the ledger and
 * to what is left of a budget, a private one to what is left of my allowance. The mutation
 * stays pending until the refetch is done, so a button is busy until its figures are on screen.
 */
export function planMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
): MutationOptions<Result, unknown, Variables> {
  return refetchingMutationOptions(queryClient, queryKeys.money(spaceId), request);
}

function usePlanMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(planMutationOptions(useQueryClient(), spaceId, request));
}

export const useCreateRecurring = (spaceId: string) =>
  usePlanMutation(spaceId, (body: NewRecurring) => createRecurring(spaceId, body));

export const useUpdateRecurring = (spaceId: string, id: string) =>
  usePlanMutation(spaceId, (body: RecurringChanges) => updateRecurring(spaceId, id, body));

export const useDeleteRecurring = (spaceId: string, id: string) =>
  usePlanMutation(spaceId, () => deleteRecurring(spaceId, id));

export const useSaveBudget = (spaceId: string) =>
  usePlanMutation(
    spaceId,
    ({
      category,
      ...body
    }: {
      category: ExpenseCategory;
      monthlyLimit: number;
      rollover: boolean;
    }) => saveBudget(spaceId, category, body),
  );

export const useDeleteBudget = (spaceId: string, category: ExpenseCategory) =>
  usePlanMutation(spaceId, () => deleteBudget(spaceId, category));

export const useSaveAllowance = (spaceId: string) =>
  usePlanMutation(spaceId, (monthlyAmount: number) => saveAllowance(spaceId, monthlyAmount));

export const useDeleteAllowance = (spaceId: string) =>
  usePlanMutation(spaceId, () => deleteAllowance(spaceId));

export const useCreateGoal = (spaceId: string) =>
  usePlanMutation(spaceId, (body: GoalFields) => createGoal(spaceId, body));

export const useUpdateGoal = (spaceId: string, id: string) =>
  usePlanMutation(spaceId, (body: Partial<GoalFields>) => updateGoal(spaceId, id, body));

export const useDeleteGoal = (spaceId: string, id: string) =>
  usePlanMutation(spaceId, () => deleteGoal(spaceId, id));

export const useContribute = (spaceId: string, goalId: string) =>
  usePlanMutation(spaceId, (body: Contribution) => contribute(spaceId, goalId, body));

export const useDeleteContribution = (spaceId: string, goalId: string) =>
  usePlanMutation(spaceId, (contributionId: string) =>
    deleteContribution(spaceId, goalId, contributionId),
  );
