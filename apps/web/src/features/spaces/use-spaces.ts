import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateSpaceBody, Space } from '@tandem/shared';
import { queryKeys } from '../../lib/api/query-keys';
import { forgetLastSpace } from './last-space';
import {
  createSpace,
  fetchMembers,
  fetchSpace,
  fetchSpaces,
  leaveSpace,
  renameSpace,
} from './spaces-api';

export function useSpaces() {
  return useQuery({ queryKey: queryKeys.spaces, queryFn: fetchSpaces });
}

export function useSpace(spaceId: string) {
  return useQuery({ queryKey: queryKeys.spaceDetail(spaceId), queryFn: () => fetchSpace(spaceId) });
}

export function useMembers(spaceId: string) {
  return useQuery({ queryKey: queryKeys.members(spaceId), queryFn: () => fetchMembers(spaceId) });
}

export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSpaceBody) => createSpace(body),
    onSuccess: (space) => {
      queryClient.setQueryData(queryKeys.spaceDetail(space.id), space);
      void queryClient.invalidateQueries({ queryKey: queryKeys.spaces });
    },
  });
}

export function useRenameSpace(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => renameSpace(spaceId, name),
    onSuccess: (space: Space) => {
      queryClient.setQueryData(queryKeys.spaceDetail(spaceId), space);
      void queryClient.invalidateQueries({ queryKey: queryKeys.spaces });
    },
  });
}

export function useLeaveSpace(userId: string, spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => leaveSpace(spaceId),
    onSuccess: () => {
      forgetLastSpace(userId, spaceId);
      queryClient.removeQueries({ queryKey: queryKeys.space(spaceId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.spaces });
    },
  });
}
