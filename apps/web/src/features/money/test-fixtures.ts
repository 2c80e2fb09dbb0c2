import type { Expense, Member } from '@tandem/shared';

/** Alex (me) and Sam, for the tests of this folder. */
export const ALEX = '00000000-0000-4000-8000-00000000000a';
export const SAM = '00000000-0000-4000-8000-00000000000b';

const member = (userId: string, displayName: string, isMe: boolean): Member => ({
  userId,
  displayName,
  timeZone: 'Europe/Berlin',
  role: isMe ? 'owner' : 'member',
  joinedAt: '2026-01-01T00:00:00.000Z',
  isMe,
});

export const members: Member[] = [member(ALEX, 'Alex', true), member(SAM, 'Sam', false)];

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
