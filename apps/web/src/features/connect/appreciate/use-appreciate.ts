import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { Appreciation } from '@tandem/shared';
import { queryKeys } from '../../../lib/api/query-keys';
import {
  fetchAppreciations,
  fetchCare,
  saveCare,
  sendAppreciation,
  type CareBody,
  type CarePreference,
  type SendAppreciationBody,
} from './appreciate-api';

/**
 * The notes I received and gave. Under `conversations`, so the 'appreciation' event the server
 * sends the recipient when a note arrives refetches it: that is how it appears without a reload.
 */
export const useAppreciations = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.appreciations(spaceId),
    queryFn: () => fetchAppreciations(spaceId),
  });

/** How each of us likes to receive care; refetched when anyone saves theirs. */
export const useCare = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.care(spaceId), queryFn: () => fetchCare(spaceId) });

/**
 * Sends a note, then refetches the lists before the mutation settles, so the note is under
 * "Given" by the time the confirmation is read out.
 */
export function sendMutationOptions(
  queryClient: QueryClient,
  spaceId: string,
): MutationOptions<Appreciation, unknown, SendAppreciationBody> {
  return {
    mutationFn: (body) => sendAppreciation(spaceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.appreciations(spaceId) }),
  };
}

export const useSendAppreciation = (spaceId: string) =>
  useMutation(sendMutationOptions(useQueryClient(), spaceId));

/** Saves mine and shows everyone's as the server now has them. */
export function saveCareMutationOptions(
  queryClient: QueryClient,
  spaceId: string,
): MutationOptions<{ items: CarePreference[] }, unknown, CareBody> {
  return {
    mutationFn: (body) => saveCare(spaceId, body),
    onSuccess: (care) => queryClient.setQueryData(queryKeys.care(spaceId), care),
  };
}

export const useSaveCare = (spaceId: string) =>
  useMutation(saveCareMutationOptions(useQueryClient(), spaceId));
