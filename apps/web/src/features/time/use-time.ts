import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
  type MutationOptions,
  type QueryClient,
} from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import { refetchingMutationOptions } from '../../lib/api/refetching-mutation';
import type { EventKind } from './event-kinds';
import type { EventBody, EventPatch } from './event-draft';
import {
  createEvent,
  deleteEvent,
  fetchFeed,
  fetchWeek,
  fetchWishes,
  importCalendar,
  makeFeed,
  saveWishes,
  stopFeed,
  updateEvent,
  type Minutes,
} from './time-api';

/** A week at a time; the week before stays on screen while the next one loads. */
export const useWeek = (spaceId: string, monday: string) =>
  useQuery({
    queryKey: queryKeys.calendarWeek(spaceId, monday),
    queryFn: () => fetchWeek(spaceId, monday),
    placeholderData: keepPreviousData,
  });

export const useWishes = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.calendarWishes(spaceId), queryFn: () => fetchWishes(spaceId) });

export const useFeed = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.calendarFeed(spaceId), queryFn: () => fetchFeed(spaceId) });

/**
 * Any change to the calendar can move every week's balance, so everything under `calendar` is
 * fetched again, and the button stays busy until it is.
 */
export function calendarMutationOptions<Variables, Result>(
  queryClient: QueryClient,
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
): MutationOptions<Result, unknown, Variables> {
  return refetchingMutationOptions(queryClient, queryKeys.calendar(spaceId), request);
}

function useCalendarMutation<Variables, Result>(
  spaceId: string,
  request: (variables: Variables) => Promise<Result>,
) {
  return useMutation(calendarMutationOptions(useQueryClient(), spaceId, request));
}

export const useCreateEvent = (spaceId: string) =>
  useCalendarMutation(spaceId, (body: EventBody) => createEvent(spaceId, body));

export const useUpdateEvent = (spaceId: string, eventId: string) =>
  useCalendarMutation(spaceId, (patch: EventPatch) => updateEvent(spaceId, eventId, patch));

export const useDeleteEvent = (spaceId: string, eventId: string) =>
  useCalendarMutation(spaceId, () => deleteEvent(spaceId, eventId));

export const useSaveWishes = (spaceId: string) =>
  useCalendarMutation(spaceId, (minutes: Minutes) => saveWishes(spaceId, minutes));

export const useMakeFeed = (spaceId: string) =>
  useCalendarMutation(spaceId, () => makeFeed(spaceId));

export const useStopFeed = (spaceId: string) =>
  useCalendarMutation(spaceId, () => stopFeed(spaceId));

export const useImportCalendar = (spaceId: string) =>
  useCalendarMutation(spaceId, (body: { ics: string; kind: EventKind }) =>
    importCalendar(spaceId, body),
  );
