import type { Expense } from '@tandem/shared';
import { ALEX, SAM } from '../../lib/member-test-data';

/** Alex (me) and Sam, the same two as in the other features' tests. */
export { ALEX, SAM, members } from '../../lib/member-test-data';

export function expense(overrides: Partial<Expense> = {}): Expense {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'expense',
    amount: 1250,
    currency: 'EUR',
    description: 'Groceries',
    category: 'groceries',
    spentOn: '2026-03-02',
    privacy: 'shared',
    payers: [{ userId: ALEX, amount: 1250 }],
    shares: [
      { userId: ALEX, amount: 625 },
      { userId: SAM, amount: 625 },
    ],
    split: { kind: 'equal' },
    recurringId: null,
    createdBy: ALEX,
    createdAt: '2026-03-02T10:00:00.000Z',
    updatedBy: ALEX,
    updatedAt: '2026-03-02T10:00:00.000Z',
    capabilities: { canEdit: true, canDelete: true },
    ...overrides,
  };
}
