import type { InsightsView } from '@tandem/shared';
import { ALEX, SAM } from '../test-fixtures';

export { ALEX, SAM, members } from '../test-fixtures';

const months = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];

/** Alex's and Sam's part of the shared costs in a month; null when there were none. */
export const share = (month: string, alex: number | null, sam: number | null) => ({
  month,
  members: [
    { userId: ALEX, percentOfCosts: alex },
    { userId: SAM, percentOfCosts: sam },
  ],
});

/**
 * Six months of a household in euros, for the tests of this folder: rent each month, groceries
 * most months, a trip once. Alex earns three quarters of the income and carries about half the
 * costs.
 */
export function insightsView(overrides: Partial<InsightsView> = {}): InsightsView {
  return {
    currency: 'EUR',
    months,
    byCategory: [
      ...months.map((month) => ({ month, category: 'housing' as const, amount: 60_000 })),
      { month: '2025-11', category: 'groceries', amount: 32_050 },
      { month: '2026-01', category: 'groceries', amount: 28_000 },
      { month: '2026-02', category: 'groceries', amount: 30_000 },
      { month: '2026-02', category: 'travel', amount: 45_000 },
    ],
    shares: [
      share('2025-10', 50, 50),
      share('2025-11', 55, 45),
      share('2025-12', 50, 50),
      share('2026-01', 52.5, 47.5),
      share('2026-02', 60, 40),
      share('2026-03', 50, 50),
    ],
    incomePercents: [
      { userId: ALEX, percent: 75 },
      { userId: SAM, percent: 25 },
    ],
    ...overrides,
  };
}
