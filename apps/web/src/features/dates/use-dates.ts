import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { DateIdeaFilter } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import {
  addMemory,
  answerDate,
  cancelDate,
  createIdea,
  deleteIdea,
  deleteMemory,
  fetchIdeas,
  fetchMemories,
  fetchPlan,
  fetchPlans,
  planDate,
  rescheduleDate,
  updateIdea,
  updateMemory,
  updatePlan,
  type DatePatch,
  type IdeaBody,
  type MemoryBody,
  type MemoryPatch,
  type PlanBody,
  type RescheduleBody,
} from './dates-api';

/** Every key sits under `dates`, so one 'date' event (or any change here) refreshes them all. */
export const datesKeys = {
  ideas: (spaceId: string, filter: DateIdeaFilter) =>
    [...queryKeys.dates(spaceId), 'ideas', JSON.stringify(filter)] as const,
  plans: (spaceId: string) => [...queryKeys.dates(spaceId), 'plans'] as const,
  plan: (spaceId: string, dateId: string) =>
    [...queryKeys.dates(spaceId), 'plans', dateId] as const,
  memories: (spaceId: string) => [...queryKeys.dates(spaceId), 'memories'] as const,
};

/** The ideas that fit; the last list stays on screen while a new filter's list loads. */
export const useIdeas = (spaceId: string, filter: DateIdeaFilter) =>
  useQuery({
    queryKey: datesKeys.ideas(spaceId, filter),
    queryFn: () => fetchIdeas(spaceId, filter),
    placeholderData: keepPreviousData,
  });

export const usePlans = (spaceId: string) =>
  useQuery({ queryKey: datesKeys.plans(spaceId), queryFn: () => fetchPlans(spaceId) });

export const usePlan = (spaceId: string, dateId: string) =>
  useQuery({
    queryKey: datesKeys.plan(spaceId, dateId),
    queryFn: () => fetchPlan(spaceId, dateId),
  });

export const useMemories = (spaceId: string) =>
  useQuery({ queryKey: datesKeys.memories(spaceId), queryFn: () => fetchMemories(spaceId) });

/**
 * Every change refetches everything under `dates` (ideas, plans, memories); the button stays
 * busy until it is shown. A date's answers and times also move it on or off the calendar, so
 * the calendar's queries are marked stale too (its own event refetches them on screen).
 */
export function datesMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
): MutationOptions<Result, unknown, Variables> {
  return refetchingMutationOptions(queryClient, queryKeys.dates(spaceId), request, () => {
    void queryClient.invalidateQueries({ queryKey: queryKeys.calendar(spaceId) });
  });
}

function useDatesMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(datesMutationOptions(useQueryClient(), spaceId, request));
}

export const useCreateIdea = (spaceId: string) =>
  useDatesMutation(spaceId, (body: IdeaBody) => createIdea(spaceId, body));
export const useUpdateIdea = (spaceId: string, ideaId: string) =>
  useDatesMutation(spaceId, (patch: Partial<IdeaBody>) => updateIdea(spaceId, ideaId, patch));
export const useDeleteIdea = (spaceId: string, ideaId: string) =>
  useDatesMutation(spaceId, () => deleteIdea(spaceId, ideaId));

export const usePlanDate = (spaceId: string) =>
  useDatesMutation(spaceId, (body: PlanBody) => planDate(spaceId, body));
export const useUpdatePlan = (spaceId: string, dateId: string) =>
  useDatesMutation(spaceId, (patch: DatePatch) => updatePlan(spaceId, dateId, patch));
export const useAnswerDate = (spaceId: string, dateId: string) =>
  useDatesMutation(spaceId, (answer: 'accepted' | 'declined') =>
    answerDate(spaceId, dateId, answer),
  );
export const useRescheduleDate = (spaceId: string, dateId: string) =>
  useDatesMutation(spaceId, (body: RescheduleBody) => rescheduleDate(spaceId, dateId, body));
export const useCancelDate = (spaceId: string, dateId: string) =>
  useDatesMutation(spaceId, () => cancelDate(spaceId, dateId));

export const useAddMemory = (spaceId: string) =>
  useDatesMutation(spaceId, (body: MemoryBody) => addMemory(spaceId, body));
export const useUpdateMemory = (spaceId: string, memoryId: string) =>
  useDatesMutation(spaceId, (patch: MemoryPatch) => updateMemory(spaceId, memoryId, patch));
export const useDeleteMemory = (spaceId: string, memoryId: string) =>
  useDatesMutation(spaceId, () => deleteMemory(spaceId, memoryId));
