import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { CreateExpenseBody, UpdateExpenseBody } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import { nextCursor } from './ledger-view';
import {
  createExpense,
  deleteExpense,
  fetchBalances,
  fetchExpenseHistory,
  fetchExpenses,
  fetchIncomes,
  fetchMoneySettings,
  recordSettlement,
  removeIncome,
  saveIncome,
  updateExpense,
  updateMoneySettings,
  type MoneySettingsChanges,
  type SettlementBody,
} from './money-api';

export const useMoneySettings = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.moneySettings(spaceId),
    queryFn: () => fetchMoneySettings(spaceId),
  });

export const useIncomes = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.moneyIncomes(spaceId), queryFn: () => fetchIncomes(spaceId) });

export const useBalances = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.moneyBalances(spaceId), queryFn: () => fetchBalances(spaceId) });

/** The ledger a page at a time; a refetch (after any change) fetches every page shown again. */
export const useLedger = (spaceId: string) =>
  useInfiniteQuery({
    queryKey: queryKeys.moneyLedger(spaceId),
    queryFn: ({ pageParam }) => fetchExpenses(spaceId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextCursor,
  });

/** An expense's changes, fetched only once someone opens them. */
export const useExpenseHistory = (spaceId: string, expenseId: string, enabled: boolean) =>
  useQuery({
    queryKey: queryKeys.moneyHistory(spaceId, expenseId),
    queryFn: () => fetchExpenseHistory(spaceId, expenseId),
    enabled,
  });

/**
 * Any change to money moves the balances, and an income or a rule moves future splits, so
 * everything about money is fetched again. The mutation stays pending until it is, so a button
 * is busy until the ledger and the balances it changed are on screen.
 */
export function moneyMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
): MutationOptions<Result, unknown, Variables> {
  return refetchingMutationOptions(queryClient, queryKeys.money(spaceId), request);
}

function useMoneyMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(moneyMutationOptions(useQueryClient(), spaceId, request));
}

export const useCreateExpense = (spaceId: string) =>
  useMoneyMutation(spaceId, (body: CreateExpenseBody) => createExpense(spaceId, body));

export const useUpdateExpense = (spaceId: string, expenseId: string) =>
  useMoneyMutation(spaceId, (body: UpdateExpenseBody) => updateExpense(spaceId, expenseId, body));

export const useDeleteExpense = (spaceId: string, expenseId: string) =>
  useMoneyMutation(spaceId, () => deleteExpense(spaceId, expenseId));

export const useRecordSettlement = (spaceId: string) =>
  useMoneyMutation(spaceId, (body: SettlementBody) => recordSettlement(spaceId, body));

export const useSaveMoneySettings = (spaceId: string) =>
  useMoneyMutation(spaceId, (changes: MoneySettingsChanges) =>
    updateMoneySettings(spaceId, changes),
  );

export const useSaveIncome = (spaceId: string) =>
  useMoneyMutation(spaceId, (body: { monthlyAmount: number; private: boolean }) =>
    saveIncome(spaceId, body),
  );

export const useRemoveIncome = (spaceId: string) =>
  useMoneyMutation(spaceId, () => removeIncome(spaceId));
