import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { ConflictTopic } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import {
  addIdea,
  agreeToAgreement,
  answerFollowUp,
  deleteTopic,
  fetchPatterns,
  fetchRepairs,
  fetchTopic,
  fetchTopics,
  followThroughItem,
  logRepair,
  pauseTopic,
  proposeAgreement,
  raiseTopic,
  resumeTopic,
  updateTopic,
  writePerspective,
  type AgreementDraftBody,
  type FollowUpDraft,
  type ItemFollowThrough,
  type PerspectiveDraft,
  type RaiseTopicDraft,
  type RepairDraft,
} from './conflicts-api';
import { createdIn } from './follow-through-draft';

/**
 * The topics I take part in, newest first. Every query here sits under `conflicts`, so the
 * 'conflict' event (a partner wrote their side, agreed, took a break) refreshes them all: that
 * is how the reveal and the break reach the other screen while it is open.
 */
export const useTopics = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.conflictTopics(spaceId), queryFn: () => fetchTopics(spaceId) });

export const useTopic = (spaceId: string, topicId: string) =>
  useQuery({
    queryKey: queryKeys.conflictTopic(spaceId, topicId),
    queryFn: () => fetchTopic(spaceId, topicId),
  });

export const usePatterns = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.conflictPatterns(spaceId),
    queryFn: () => fetchPatterns(spaceId),
  });

export const useRepairs = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.conflictRepairs(spaceId),
    queryFn: () => fetchRepairs(spaceId),
  });

const isTopic = (value: unknown): value is ConflictTopic =>
  typeof value === 'object' && value !== null && 'phase' in value && 'perspectives' in value;

/**
 * Shows the topic the server answered with at once, then refetches everything about conflicts
 * (the list, the patterns and the repairs show parts of it too), after a refusal as well: the
 * partner may have moved on meanwhile. The mutation stays pending until that is done.
 */
export function conflictMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
): MutationOptions<Result, unknown, Variables> {
  return refetchingMutationOptions(queryClient, queryKeys.conflicts(spaceId), request, (result) => {
    if (isTopic(result))
      queryClient.setQueryData(queryKeys.conflictTopic(spaceId, result.id), result);
  });
}

function useConflictMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(conflictMutationOptions(useQueryClient(), spaceId, request));
}

export const useRaiseTopic = (spaceId: string) =>
  useConflictMutation(spaceId, (draft: RaiseTopicDraft) => raiseTopic(spaceId, draft));

export const useUpdateTags = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, (tags: string[]) => updateTopic(spaceId, topicId, { tags }));

/**
 * Leaves the topic's page first (`onRemoved`), then forgets the topic and refreshes the rest:
 * refetching a topic that is gone while its page is still open would show "not found".
 */
export function useDeleteTopic(spaceId: string, topicId: string, onRemoved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteTopic(spaceId, topicId),
    onSuccess: () => {
      onRemoved();
      queryClient.removeQueries({ queryKey: queryKeys.conflictTopic(spaceId, topicId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.conflicts(spaceId) });
    },
  });
}

export const usePauseTopic = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, (minutes: number) => pauseTopic(spaceId, topicId, minutes));

export const useResumeTopic = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, () => resumeTopic(spaceId, topicId));

export const useWritePerspective = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, (side: PerspectiveDraft) =>
    writePerspective(spaceId, topicId, side),
  );

export const useAddIdea = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, (text: string) => addIdea(spaceId, topicId, text));

export const useProposeAgreement = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, (body: AgreementDraftBody) =>
    proposeAgreement(spaceId, topicId, body),
  );

export const useAgree = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, () => agreeToAgreement(spaceId, topicId));

/** Refreshes where the chore, the split rule or the decision now lives, too. */
export function useFollowThrough(spaceId: string, topicId: string, itemId: string) {
  const queryClient = useQueryClient();
  const options = conflictMutationOptions(queryClient, spaceId, (body: ItemFollowThrough) =>
    followThroughItem(spaceId, topicId, itemId, body),
  );
  return useMutation({
    ...options,
    onSettled: async (result, error, body, onMutateResult, context) => {
      await Promise.all([
        options.onSettled?.(result, error, body, onMutateResult, context),
        queryClient.invalidateQueries({ queryKey: createdIn(spaceId, body.kind) }),
      ]);
    },
  });
}

export const useFollowUp = (spaceId: string, topicId: string) =>
  useConflictMutation(spaceId, (answer: FollowUpDraft) => answerFollowUp(spaceId, topicId, answer));

export const useLogRepair = (spaceId: string) =>
  useConflictMutation(spaceId, (draft: RepairDraft) => logRepair(spaceId, draft));
