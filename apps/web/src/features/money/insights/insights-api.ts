import type { InsightsView } from '@tandem/shared';
import { api, segment } from '../../../lib/api/api-client';

/** How many months back the page can look, this month included. */
export const insightsPeriods = [3, 6, 12] as const;
export type InsightsPeriod = (typeof insightsPeriods)[number];

export const fetchInsights = (spaceId: string, months: InsightsPeriod) =>
  api.get<InsightsView>(`/spaces/${segment(spaceId)}/money/insights?months=${months}`);
