import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../../lib/api/query-keys';
import { fetchInsights, type InsightsPeriod } from './insights-api';

/**
 * Where the money went. Under the space's money key, so an 'expense' event — a partner adding
 * an expense or changing their income — refreshes it. The months shown before stay on screen
 * while another period loads, rather than blinking to a spinner.
 */
export const useInsights = (spaceId: string, months: InsightsPeriod) =>
  useQuery({
    queryKey: queryKeys.moneyInsights(spaceId, months),
    queryFn: () => fetchInsights(spaceId, months),
    placeholderData: keepPreviousData,
  });
