import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import { queryKeys } from '../../../lib/api/query-keys';
import {
  fetchInbox,
  fetchInboxSettings,
  markRead,
  saveInboxSettings,
  type Inbox,
  type InboxSettings,
  type MarkReadBody,
} from './inbox-api';

/**
 * My inbox in the space. Under `conversations`, so the 'notification' event the server sends
 * only to me refetches it: that is how the bell's count and the toast arrive while the app is open.
 */
export const useInbox = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.inbox(spaceId), queryFn: () => fetchInbox(spaceId) });

export const useInboxSettings = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.inboxSettings(spaceId),
    queryFn: () => fetchInboxSettings(spaceId),
  });

/** Marks some or all read; the inbox the server answers with replaces the one on screen. */
export function markReadMutationOptions(
  queryClient: QueryClient,
  spaceId: string,
): MutationOptions<Inbox, unknown, MarkReadBody> {
  return {
    mutationFn: (body) => markRead(spaceId, body),
    onSuccess: (inbox) => queryClient.setQueryData(queryKeys.inbox(spaceId), inbox),
  };
}

export const useMarkRead = (spaceId: string) =>
  useMutation(markReadMutationOptions(useQueryClient(), spaceId));

export function saveSettingsMutationOptions(
  queryClient: QueryClient,
  spaceId: string,
): MutationOptions<InboxSettings, unknown, InboxSettings> {
  return {
    mutationFn: (body) => saveInboxSettings(spaceId, body),
    onSuccess: (settings) => queryClient.setQueryData(queryKeys.inboxSettings(spaceId), settings),
  };
}

export const useSaveInboxSettings = (spaceId: string) =>
  useMutation(saveSettingsMutationOptions(useQueryClient(), spaceId));
