import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { PromptDeck, PromptRound } from '@tandem/shared';
import { queryKeys } from '../../../lib/api/query-keys';
import {
  addOwnPrompt,
  answerPrompt,
  askPrompt,
  fetchDecks,
  fetchOwnPrompts,
  fetchRounds,
  keepPrompt,
  removeOwnPrompt,
  type OwnPromptDraft,
} from './prompts-api';
import { upsertRound, type RoundList } from './round-list';

export const usePromptDecks = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.promptDecks(spaceId), queryFn: () => fetchDecks(spaceId) });

/** Newest first. A 'prompt' event (someone answered) refetches it: that is the live reveal. */
export const usePromptRounds = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.promptRounds(spaceId), queryFn: () => fetchRounds(spaceId) });

export const useOwnPrompts = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.ownPrompts(spaceId), queryFn: () => fetchOwnPrompts(spaceId) });

/** What a screen hears of a change, once everything about prompts has been fetched again. */
export interface PromptOutcome {
  onSuccess?: () => void;
  onError?: (error: unknown) => void;
}

const isRound = (value: unknown): value is PromptRound =>
  typeof value === 'object' && value !== null && 'waitingFor' in value && 'answers' in value;

/**
 * Shows a round the server sent back at once, then refetches everything about prompts: what
 * the others may now see, a deck's progress and who we wait for are the server's to say. The
 * mutation stays pending until then, so a button is busy until its change is on screen.
 *
 * The outcome is reported from the mutation itself, not through callbacks given to `mutate`:
 * those are dropped when the control that started the change is gone, and it usually is (the
 * saved answer replaces its form).
 */
export function promptMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
  outcome: PromptOutcome = {},
): MutationOptions<Result, unknown, Variables> {
  return {
    mutationFn: request,
    onSuccess: (result) => {
      if (!isRound(result)) return;
      queryClient.setQueryData<RoundList>(queryKeys.promptRounds(spaceId), (list) =>
        list ? upsertRound(list, result) : list,
      );
    },
    onSettled: async (_result, error) => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.prompts(spaceId) });
      if (error) outcome.onError?.(error);
      else outcome.onSuccess?.();
    },
  };
}

function usePromptMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
  outcome?: PromptOutcome,
) {
  return useMutation(promptMutationOptions(useQueryClient(), spaceId, request, outcome));
}

/** The deck's open prompt, or its next one. */
export const useAskPrompt = (spaceId: string) =>
  usePromptMutation(spaceId, (deck: PromptDeck) => askPrompt(spaceId, deck));

export const useAnswerPrompt = (spaceId: string, roundId: string, outcome?: PromptOutcome) =>
  usePromptMutation(spaceId, (text: string) => answerPrompt(spaceId, roundId, text), outcome);

export const useKeepPrompt = (spaceId: string, roundId: string) =>
  usePromptMutation(spaceId, (favourite: boolean) => keepPrompt(spaceId, roundId, favourite));

export const useAddOwnPrompt = (spaceId: string) =>
  usePromptMutation(spaceId, (draft: OwnPromptDraft) => addOwnPrompt(spaceId, draft));

export const useRemoveOwnPrompt = (spaceId: string, promptId: string) =>
  usePromptMutation(spaceId, () => removeOwnPrompt(spaceId, promptId));
