import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import { useToday } from '../../lib/use-today';
import { fetchAgenda, runAgendaAction, type AgendaAction } from './schedule-api';
import { choreMutationOptions } from './use-chores';

/**
 * Today and the coming days for everyone. Keyed by my day, so it is fetched again at midnight;
 * the old week stays on screen meanwhile rather than a spinner.
 */
export function useAgenda(spaceId: string, timeZone: string) {
  const today = useToday(timeZone);
  return useQuery({
    queryKey: queryKeys.choreAgenda(spaceId, today),
    queryFn: () => fetchAgenda(spaceId),
    placeholderData: keepPreviousData,
  });
}

/**
 * Anything done to one occurrence. It goes through the chore mutation options: a chore done,
 * skipped or handed over changes the fairness over time as well as the agenda, so all chores
 * queries are fetched again, and the mutation stays pending until they are.
 */
export function useAgendaAction(spaceId: string, choreId: string, dueOn: string) {
  return useMutation(
    choreMutationOptions(useQueryClient(), spaceId, (action: AgendaAction) =>
      runAgendaAction(spaceId, choreId, dueOn, action),
    ),
  );
}
