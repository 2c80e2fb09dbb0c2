import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { Decision } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import {
  addOption,
  deleteDecision,
  fetchDecision,
  fetchDecisionLog,
  fetchDecisions,
  fetchDecisionSettings,
  followThrough,
  openDecision,
  recordChoice,
  reviewChoice,
  saveBallot,
  saveDecisionSettings,
  type BallotBody,
  type ChoiceBody,
  type FollowThroughBody,
  type OpenDecisionBody,
  type ReviewBody,
} from './decisions-api';

export const useDecisions = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.decisionList(spaceId), queryFn: () => fetchDecisions(spaceId) });

/** One decision; a 'decision' event (someone scored, chose, reviewed) refetches it live. */
export const useDecision = (spaceId: string, decisionId: string) =>
  useQuery({
    queryKey: queryKeys.decision(spaceId, decisionId),
    queryFn: () => fetchDecision(spaceId, decisionId),
  });

export const useDecisionSettings = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.decisionSettings(spaceId),
    queryFn: () => fetchDecisionSettings(spaceId),
  });

export const useDecisionLog = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.decisionLog(spaceId), queryFn: () => fetchDecisionLog(spaceId) });

const isDecision = (value: unknown): value is Decision =>
  typeof value === 'object' && value !== null && 'phase' in value && 'capabilities' in value;

/**
 * A decision the server sent back is shown at once; then everything about decisions is fetched
 * again (the list, the log, how many dealbreakers I have left), or, for `refetch`, more.
 */
export function decisionMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
  refetch: QueryKey = queryKeys.decisions(spaceId),
): MutationOptions<Result, unknown, Variables> {
  return refetchingMutationOptions(queryClient, refetch, request, (result) => {
    if (isDecision(result)) {
      queryClient.setQueryData(queryKeys.decision(spaceId, result.id), result);
    }
  });
}

function useDecisionMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
  refetch?: QueryKey,
) {
  return useMutation(decisionMutationOptions(useQueryClient(), spaceId, request, refetch));
}

export const useOpenDecision = (spaceId: string) =>
  useDecisionMutation(spaceId, (body: OpenDecisionBody) => openDecision(spaceId, body));

export const useSaveDecisionSettings = (spaceId: string) =>
  useDecisionMutation(spaceId, (vetoesPerMonth: number) =>
    saveDecisionSettings(spaceId, vetoesPerMonth),
  );

/**
 * Deleting a decision, then `onDeleted` (leaving its page) at once: from the mutation itself,
 * which runs even if the page has already gone (the partner's screen, or a refetch finding it
 * gone). Everything about decisions but the deleted one is fetched again.
 */
export function useDeleteDecision(spaceId: string, decisionId: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  const gone = queryKeys.decision(spaceId, decisionId);
  return useMutation({
    mutationFn: () => deleteDecision(spaceId, decisionId),
    onSuccess: onDeleted,
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: queryKeys.decisions(spaceId),
        predicate: (query) =>
          query.queryKey.length !== gone.length || query.queryKey[4] !== decisionId,
      }),
  });
}

export const useAddOption = (spaceId: string, decisionId: string) =>
  useDecisionMutation(spaceId, (label: string) => addOption(spaceId, decisionId, label));

export const useSaveBallot = (spaceId: string, decisionId: string) =>
  useDecisionMutation(spaceId, (body: BallotBody) => saveBallot(spaceId, decisionId, body));

export const useRecordChoice = (spaceId: string, decisionId: string) =>
  useDecisionMutation(spaceId, (body: ChoiceBody) => recordChoice(spaceId, decisionId, body));

export const useReviewChoice = (spaceId: string, decisionId: string) =>
  useDecisionMutation(spaceId, (body: ReviewBody) => reviewChoice(spaceId, decisionId, body));

/** Follow-through adds a responsibility or a money rule too: the whole space is fetched again. */
export const useFollowThrough = (spaceId: string, decisionId: string) =>
  useDecisionMutation(
    spaceId,
    (body: FollowThroughBody) => followThrough(spaceId, decisionId, body),
    queryKeys.space(spaceId),
  );
