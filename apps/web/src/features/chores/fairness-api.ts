import type { FairnessView, ReviewView } from '@tandem/shared';
import { api, segment } from '../../lib/api/api-client';

export type FairnessPeriod = FairnessView['period'];

const base = (spaceId: string) => `/spaces/${segment(spaceId)}/chores`;

export const fetchFairness = (spaceId: string, period: FairnessPeriod, count: number) =>
  api.get<FairnessView>(`${base(spaceId)}/fairness?period=${period}&count=${count}`);

export const fetchReview = (spaceId: string) => api.get<ReviewView>(`${base(spaceId)}/review`);
export const saveReviewEvery = (spaceId: string, everyMonths: number) =>
  api.put<ReviewView>(`${base(spaceId)}/review`, { everyMonths });
export const acceptReview = (spaceId: string) =>
  api.post<ReviewView>(`${base(spaceId)}/review/accept`);
export const keepShares = (spaceId: string) => api.post<ReviewView>(`${base(spaceId)}/review/keep`);
