import {
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import type { Meeting } from '@tandem/shared';
import { queryKeys } from '../../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../../lib/api/refetching-mutation';
import {
  addAction,
  addAgendaTopic,
  endMeeting,
  fetchAgenda,
  fetchMeetings,
  fetchMeetingSettings,
  removeAgendaTopic,
  saveMeetingSettings,
  setActionDone,
  startMeeting,
  updateMeeting,
  type ActionItem,
  type AddActionBody,
  type MeetingSettings,
  type MeetingSettingsBody,
  type UpdateMeetingBody,
} from './meeting-api';
import { upsertMeeting, withAction, type MeetingList } from './meeting-list';

/**
 * Every meeting query sits under `conversations`, so the 'meeting' event the server sends on
 * any change (a step, a note, a topic, an action) refetches it on the other screens.
 */
export const useMeetingSettings = (spaceId: string) =>
  useQuery({
    queryKey: queryKeys.meetingSettings(spaceId),
    queryFn: () => fetchMeetingSettings(spaceId),
  });

export const useAgenda = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.meetingAgenda(spaceId), queryFn: () => fetchAgenda(spaceId) });

/** Newest first: the meeting under way, if any, and the earlier ones. */
export const useMeetings = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.meetings(spaceId), queryFn: () => fetchMeetings(spaceId) });

const isMeeting = (value: unknown): value is Meeting =>
  typeof value === 'object' && value !== null && 'step' in value && 'carriedOver' in value;
const isAction = (value: unknown): value is ActionItem =>
  typeof value === 'object' && value !== null && 'ownerId' in value && 'done' in value;
const isSettings = (value: unknown): value is MeetingSettings =>
  typeof value === 'object' && value !== null && 'weekday' in value && 'nextAt' in value;

/**
 * Shows what the server answered with at once (the meeting, an action, the time), then
 * refetches everything about the meeting: a started meeting empties the agenda, an action
 * shows in more than one place. The mutation stays pending until that is done, so a button is
 * busy until its change is on screen. The refetch runs after a refusal too (the meeting may
 * have ended on the other screen meanwhile).
 */
export function meetingMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
): MutationOptions<Result, unknown, Variables> {
  const showList = (change: (list: MeetingList) => MeetingList) =>
    queryClient.setQueryData<MeetingList>(queryKeys.meetings(spaceId), (list) =>
      list ? change(list) : list,
    );
  return refetchingMutationOptions(queryClient, queryKeys.meeting(spaceId), request, (result) => {
    if (isMeeting(result)) showList((list) => upsertMeeting(list, result));
    else if (isAction(result)) showList((list) => withAction(list, result));
    else if (isSettings(result)) {
      queryClient.setQueryData(queryKeys.meetingSettings(spaceId), result);
    }
  });
}

function useMeetingMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(meetingMutationOptions(useQueryClient(), spaceId, request));
}

export const useSaveMeetingSettings = (spaceId: string) =>
  useMeetingMutation(spaceId, (body: MeetingSettingsBody) => saveMeetingSettings(spaceId, body));

export const useAddAgendaTopic = (spaceId: string) =>
  useMeetingMutation(spaceId, (text: string) => addAgendaTopic(spaceId, text));

/** Either of us may take any topic off, until a meeting takes it up. */
export const useRemoveAgendaTopic = (spaceId: string) =>
  useMeetingMutation(spaceId, (topicId: string) => removeAgendaTopic(spaceId, topicId));

export const useStartMeeting = (spaceId: string) =>
  useMeetingMutation(spaceId, () => startMeeting(spaceId));

/** A step and any notes not saved yet, in one request. */
export const useUpdateMeeting = (spaceId: string, meetingId: string) =>
  useMeetingMutation(spaceId, (body: UpdateMeetingBody) => updateMeeting(spaceId, meetingId, body));

export const useEndMeeting = (spaceId: string, meetingId: string) =>
  useMeetingMutation(spaceId, () => endMeeting(spaceId, meetingId));

export const useAddAction = (spaceId: string, meetingId: string) =>
  useMeetingMutation(spaceId, (body: AddActionBody) => addAction(spaceId, meetingId, body));

export const useSetActionDone = (spaceId: string) =>
  useMeetingMutation(spaceId, ({ actionId, done }: { actionId: string; done: boolean }) =>
    setActionDone(spaceId, actionId, done),
  );
