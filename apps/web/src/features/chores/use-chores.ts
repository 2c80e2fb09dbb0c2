import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type {
  ChoreRating,
  CreateResponsibilityBody,
  Responsibility,
  UpdateResponsibilityBody,
} from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import {
  acceptProposal,
  addStarter,
  createChore,
  deleteChore,
  fetchAvailability,
  fetchChores,
  fetchProposal,
  fetchShares,
  fetchStarter,
  rateChore,
  saveAvailability,
  updateChore,
} from './chores-api';

export const useChores = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.choreList(spaceId), queryFn: () => fetchChores(spaceId) });

export const useStarter = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.choreStarter(spaceId), queryFn: () => fetchStarter(spaceId) });

export const useAvailability = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.choreAvailability(spaceId),
    queryFn: () => fetchAvailability(spaceId),
  });

/** Recomputed by the server from everyone's hours, ratings and pins on every fetch. */
export const useProposal = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.choreProposal(spaceId), queryFn: () => fetchProposal(spaceId) });

/** The shares as the current owners have them, with fairness recomputed after hand tweaks. */
export const useShares = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.choreShares(spaceId), queryFn: () => fetchShares(spaceId) });

const isResponsibility = (value: unknown): value is Responsibility =>
  typeof value === 'object' && value !== null && 'capabilities' in value && 'id' in value;

/**
 * Shows a changed responsibility at once, then refetches everything about chores: one change
 * (a rating, an owner, a pin, someone's hours) moves the proposal and the fairness of the
 * current shares, and those are the server's to work out. The mutation stays pending until the
 * refetch is done, so a button is busy until the figures it changed are on screen.
 */
export function choreMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
): MutationOptions<Result, unknown, Variables> {
  return refetchingMutationOptions(queryClient, queryKeys.chores(spaceId), request, (result) => {
    if (!isResponsibility(result)) return;
    queryClient.setQueryData<{ items: Responsibility[] }>(queryKeys.choreList(spaceId), (list) =>
      list ? { items: list.items.map((item) => (item.id === result.id ? result : item)) } : list,
    );
  });
}

function useChoreMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(choreMutationOptions(useQueryClient(), spaceId, request));
}

export const useAddStarter = (spaceId: string) =>
  useChoreMutation(spaceId, (keys: string[]) => addStarter(spaceId, keys));

export const useCreateChore = (spaceId: string) =>
  useChoreMutation(spaceId, (body: CreateResponsibilityBody) => createChore(spaceId, body));

export const useRateChore = (spaceId: string, choreId: string) =>
  useChoreMutation(spaceId, (rating: ChoreRating) => rateChore(spaceId, choreId, rating));

export const useUpdateChore = (spaceId: string, choreId: string) =>
  useChoreMutation(spaceId, (body: UpdateResponsibilityBody) =>
    updateChore(spaceId, choreId, body),
  );

export const useDeleteChore = (spaceId: string, choreId: string) =>
  useChoreMutation(spaceId, () => deleteChore(spaceId, choreId));

export const useSaveAvailability = (spaceId: string) =>
  useChoreMutation(spaceId, (hoursPerWeek: number) => saveAvailability(spaceId, hoursPerWeek));

export const useAcceptProposal = (spaceId: string) =>
  useChoreMutation(spaceId, () => acceptProposal(spaceId));
