import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Space } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import {
  acceptInvite,
  createInvite,
  fetchInvitePreview,
  fetchInvites,
  revokeInvite,
} from './invites-api';

export function usePendingInvites(spaceId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.invites(spaceId),
    queryFn: () => fetchInvites(spaceId),
    enabled,
  });
}

/** Done once the pending list has been refetched with the new invite in it, to show it by. */
export function useCreateInvite(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => createInvite(spaceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.invites(spaceId) }),
  });
}

export function useRevokeInvite(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) => revokeInvite(spaceId, inviteId),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: queryKeys.invites(spaceId) }),
  });
}

export function useInvitePreview(token: string) {
  return useQuery({
    queryKey: queryKeys.invitePreview(token),
    queryFn: () => fetchInvitePreview(token),
  });
}

export function useAcceptInvite(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acceptInvite(token),
    onSuccess: (space: Space) => {
      queryClient.setQueryData(queryKeys.spaceDetail(space.id), space);
      queryClient.removeQueries({ queryKey: queryKeys.invitePreview(token) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.spaces });
    },
  });
}
