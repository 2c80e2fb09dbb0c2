import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Checkin, CheckinList, CreateCheckinBody, UpdateCheckinBody } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { removeCheckin, upsertCheckin } from './checkin-list';
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

/**
 * Shows my change at once, then refetches the day: what the others may now see (and who we
 * wait for) is the server's decision, not something to guess here.
 */
function useCheckinMutation<Variables>(
  spaceId: string,
  request: (variables: Variables) => Promise<Checkin | undefined>,
  applyLocally: (
    list: CheckinList,
    result: Checkin | undefined,
    variables: Variables,
  ) => CheckinList,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (result, variables) => {
      queryClient.setQueriesData<CheckinList>({ queryKey: queryKeys.checkins(spaceId) }, (list) =>
        list ? applyLocally(list, result, variables) : list,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.checkins(spaceId) }),
  });
}

const upsertResult = (list: CheckinList, result: Checkin | undefined) =>
  result && list.days.some((day) => day.date === result.date) ? upsertCheckin(list, result) : list;

export const useCreateCheckin = (spaceId: string) =>
  useCheckinMutation(
    spaceId,
    (body: CreateCheckinBody) => createCheckin(spaceId, body),
    upsertResult,
  );

export const useUpdateCheckin = (spaceId: string) =>
  useCheckinMutation(
    spaceId,
    ({ id, body }: { id: string; body: UpdateCheckinBody }) => updateCheckin(spaceId, id, body),
    upsertResult,
  );

export const useRevealCheckin = (spaceId: string) =>
  useCheckinMutation(spaceId, (id: string) => revealCheckin(spaceId, id), upsertResult);

export const useDeleteCheckin = (spaceId: string) =>
  useCheckinMutation(
    spaceId,
    (id: string) => deleteCheckin(spaceId, id),
    (list, _result, id) => removeCheckin(list, id),
  );
