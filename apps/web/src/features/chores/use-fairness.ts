import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../lib/api/query-keys';
import {
  acceptReview,
  fetchFairness,
  fetchReview,
  keepShares,
  saveReviewEvery,
  type FairnessPeriod,
} from './fairness-api';
import { choreMutationOptions } from './use-chores';

/** How many periods the chart shows: half a year by weeks or months, a year by quarters. */
export const periodCount = (period: FairnessPeriod) => (period === 'quarter' ? 4 : 6);

/**
 * Planned against done against fair share. Under the chores key, so a change to any chore, a
 * logged completion or someone's hours (a 'member' event) refreshes it. The chart of the period
 * before stays up while another is fetched, rather than blinking to a spinner.
 */
export const useFairness = (spaceId: string, period: FairnessPeriod) =>
  useQuery({
    queryKey: queryKeys.choreFairness(spaceId, period, periodCount(period)),
    queryFn: () => fetchFairness(spaceId, period, periodCount(period)),
    placeholderData: keepPreviousData,
  });

/** Whether a look at the shares is due, what the log says things take, and a fresh proposal. */
export const useReview = (spaceId: string) =>
  useQuery({ queryKey: queryKeys.choreReview(spaceId), queryFn: () => fetchReview(spaceId) });

// Each of these moves owners or the review date, so everything about chores is refetched.
export const useSaveReviewEvery = (spaceId: string) =>
  useMutation(
    choreMutationOptions(useQueryClient(), spaceId, (everyMonths: number) =>
      saveReviewEvery(spaceId, everyMonths),
    ),
  );

export const useAcceptReview = (spaceId: string) =>
  useMutation(choreMutationOptions(useQueryClient(), spaceId, () => acceptReview(spaceId)));

export const useKeepShares = (spaceId: string) =>
  useMutation(choreMutationOptions(useQueryClient(), spaceId, () => keepShares(spaceId)));
