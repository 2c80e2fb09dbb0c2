import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { LiveSession, MoveBody } from '@tandem/shared';
import { queryKeys } from '../../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../../lib/api/refetching-mutation';
import {
  discardSummary,
  fetchKeptSummaries,
  fetchTalkSession,
  fetchTalkSessions,
  makeMove,
  saveSummary,
  startTalk,
  type StartTalkBody,
} from './talk-api';

/**
 * My recent conversations. Under `conversations`, so the 'session' event the server sends both
 * people on every move refetches it: that is how the partner's invitation shows up live.
 */
export const useTalkSessions = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.talkSessions(spaceId),
    queryFn: () => fetchTalkSessions(spaceId),
  });

/** What members kept of their conversations; refreshed by the same 'session' event. */
export const useKeptSummaries = (spaceId: string) =>
  useQuery({
    queryKey: [...queryKeys.talkSessions(spaceId), 'kept'],
    queryFn: () => fetchKeptSummaries(spaceId),
  });

/**
 * One conversation as the server holds it, with the moves I may make now. Refetched on every
 * 'session' event and after a reconnect, so both screens always show the same exchange.
 */
export const useTalkSession = (spaceId: string, sessionId: string) =>
  useQuery({
    queryKey: queryKeys.talkSession(spaceId, sessionId),
    queryFn: () => fetchTalkSession(spaceId, sessionId),
  });

/**
 * Shows the session the server answered with at once, then refetches every talk query (the list
 * shows its state too). The refetch runs after a refusal as well: the other person has moved,
 * and the screen should show where things are now. The mutation stays pending until it is done.
 */
export function talkMutationOptions<Variables>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<LiveSession>,
): MutationOptions<LiveSession, unknown, Variables> {
  return refetchingMutationOptions(
    queryClient,
    queryKeys.talkSessions(spaceId),
    request,
    (session) => {
      queryClient.setQueryData(queryKeys.talkSession(spaceId, session.id), session);
    },
  );
}

function useTalkMutation<Variables>(
  spaceId: string,
  request: (variables: Variables) => Promise<LiveSession>,
) {
  return useMutation(talkMutationOptions(useQueryClient(), spaceId, request));
}

export const useStartTalk = (spaceId: string) =>
  useTalkMutation(spaceId, (body: StartTalkBody) => startTalk(spaceId, body));

/** Any move in one conversation; `variables.type` says which is on its way. */
export const useTalkMove = (spaceId: string, sessionId: string) =>
  useTalkMutation(spaceId, (move: MoveBody) => makeMove(spaceId, sessionId, move));

/** Joining from the Talk page, where each invitation is a different session. */
export const useJoinTalk = (spaceId: string) =>
  useTalkMutation(spaceId, (sessionId: string) => makeMove(spaceId, sessionId, { type: 'join' }));

export const useSaveSummary = (spaceId: string, sessionId: string) =>
  useTalkMutation(spaceId, (text: string) => saveSummary(spaceId, sessionId, text));

export const useDiscardSummary = (spaceId: string, sessionId: string) =>
  useTalkMutation(spaceId, () => discardSummary(spaceId, sessionId));
