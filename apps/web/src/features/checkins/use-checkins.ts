import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { Checkin, CheckinList, CreateCheckinBody, UpdateCheckinBody } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { upsertCheckin } from './checkin-list';
import {
  createCheckin,
  deleteCheckin,
  fetchCheckins,
  revealCheckin,
  updateCheckin,
} from './checkins-api';

export function useCheckins(spaceId: string, day: string) {
  return useQuery({
    queryKey: queryKeys.checkinsOn(spaceId, day),
    queryFn: () => fetchCheckins(spaceId, day),
  });
}

/** What a screen hears of a change, once the day it changed has been fetched again. */
export interface CheckinOutcome {
  onSuccess?: () => void;
  onError?: (error: unknown) => void;
}

/**
 * Shows my change at once where the server's answer says all there is to it, then refetches
 * the day: what the others may now see (and who we wait for, and whether the day is still open)
 * is the server's decision, not something to guess here.
 *
 * The outcome is reported from the mutation itself, not through callbacks given to `mutate`:
 * those are dropped when the control that started the change is gone, and it usually is (the
 * saved form gives way to my check-in, a deleted check-in takes its buttons with it).
 */
export function checkinMutationOptions<Variables>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Checkin | undefined>,
  outcome: CheckinOutcome = {},
): MutationOptions<Checkin | undefined, unknown, Variables> {
  const days = queryKeys.checkins(spaceId);
  return {
    mutationFn: request,
    onSuccess: (result) => {
      if (!result) return;
      queryClient.setQueriesData<CheckinList>({ queryKey: days }, (list) =>
        list?.days.some((day) => day.date === result.date) ? upsertCheckin(list, result) : list,
      );
    },
    onSettled: async (_result, error) => {
      await queryClient.invalidateQueries({ queryKey: days });
      if (error) outcome.onError?.(error);
      else outcome.onSuccess?.();
    },
  };
}

function useCheckinMutation<Variables>(
  spaceId: string,
  request: (variables: Variables) => Promise<Checkin | undefined>,
  outcome?: CheckinOutcome,
) {
  return useMutation(checkinMutationOptions(useQueryClient(), spaceId, request, outcome));
}

export const useCreateCheckin = (spaceId: string, outcome?: CheckinOutcome) =>
  useCheckinMutation(spaceId, (body: CreateCheckinBody) => createCheckin(spaceId, body), outcome);

export const useUpdateCheckin = (spaceId: string, outcome?: CheckinOutcome) =>
  useCheckinMutation(
    spaceId,
    ({ id, body }: { id: string; body: UpdateCheckinBody }) => updateCheckin(spaceId, id, body),
    outcome,
  );

export const useRevealCheckin = (spaceId: string, outcome?: CheckinOutcome) =>
  useCheckinMutation(spaceId, (id: string) => revealCheckin(spaceId, id), outcome);

/** Nothing is removed ahead of the server: only its refetch says whether the day reopens. */
export const useDeleteCheckin = (spaceId: string, outcome?: CheckinOutcome) =>
  useCheckinMutation(spaceId, (id: string) => deleteCheckin(spaceId, id), outcome);
