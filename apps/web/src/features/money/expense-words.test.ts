import { describe, expect, it } from 'vitest';
import {
  changedByInWords,
  historyInWords,
  lineTitle,
  myShareInWords,
  paidByInWords,
  paymentInWords,
} from './expense-words';
import type { ExpenseRevision } from './money-api';
import { ALEX, expense, members, SAM } from './test-fixtures';

describe('lineTitle', () => {
  it('is what it was for, or whose it is when that stays with its author', () => {
    expect(lineTitle(expense(), members, ALEX)).toBe('Groceries');
    const hidden = expense({ description: null, privacy: 'amount_only', createdBy: SAM });
    expect(lineTitle(hidden, members, ALEX)).toBe('Kept private by Sam');
  });

  it('says who paid whom for a settlement', () => {
    const settlement = expense({
      kind: 'settlement',
      description: null,
      amount: 1200,
      payers: [{ userId: SAM, amount: 1200 }],
      shares: [{ userId: ALEX, amount: 1200 }],
    });
    expect(lineTitle(settlement, members, ALEX)).toBe('Sam paid you €12.00');
    expect(lineTitle(settlement, members, SAM)).toBe('You paid Alex €12.00');
    expect(lineTitle(settlement, members, 'someone-else')).toBe('Sam paid Alex €12.00');
  });
});

describe('paymentInWords', () => {
  it('names someone who left as a former member', () => {
    expect(
      paymentInWords({ from: 'gone', to: SAM, amount: 500, currency: 'USD' }, members, ALEX),
    ).toBe('Former member paid Sam $5.00');
  });
});

describe('paidByInWords and myShareInWords', () => {
  it('says who paid, with amounts when several did', () => {
    expect(paidByInWords(expense(), members, ALEX)).toBe('Paid by you');
    expect(paidByInWords(expense(), members, SAM)).toBe('Paid by Alex');
    const several = expense({
      payers: [
        { userId: ALEX, amount: 250 },
        { userId: SAM, amount: 1000 },
      ],
    });
    expect(paidByInWords(several, members, ALEX)).toBe('Paid by you (€2.50) and Sam (€10.00)');
  });

  it('says my share, or why there is none', () => {
    expect(myShareInWords(expense(), ALEX)).toBe('Your share: €6.25');
    expect(myShareInWords(expense({ shares: [{ userId: SAM, amount: 1250 }] }), ALEX)).toBe(
      'Not shared with you',
    );
    expect(myShareInWords(expense({ privacy: 'private' }), ALEX)).toBe(
      'Personal spending, not in the balances',
    );
  });
});

describe('changedByInWords', () => {
  it('says who else added or changed it, and nothing when it was me', () => {
    expect(changedByInWords(expense(), members, ALEX)).toBeUndefined();
    expect(changedByInWords(expense({ updatedBy: SAM, createdBy: SAM }), members, ALEX)).toBe(
      'Added by Sam',
    );
    const edited = expense({ updatedBy: SAM, updatedAt: '2026-03-03T08:00:00.000Z' });
    expect(changedByInWords(edited, members, ALEX)).toBe('Changed by Sam');
  });
});

describe('historyInWords', () => {
  it('says each change: who, when, the amount (and where it came from) and what for', () => {
    const line = expense({ amount: 4000 });
    const revisions: ExpenseRevision[] = [
      { action: 'created', changedBy: ALEX, changedAt: '2026-03-02T10:00:00.000Z', expense: line },
      {
        action: 'edited',
        changedBy: SAM,
        changedAt: '2026-03-03T10:00:00.000Z',
        expense: { ...line, amount: 5000, description: 'Groceries and wine' },
      },
      {
        action: 'edited',
        changedBy: SAM,
        changedAt: '2026-03-03T11:00:00.000Z',
        expense: { ...line, amount: 5000, category: 'fun' },
      },
      {
        action: 'deleted',
        changedBy: ALEX,
        changedAt: '2026-03-04T10:00:00.000Z',
        expense: line,
      },
    ];
    // ICU puts a narrow no-break space before AM in some versions and a space in others.
    const lines = historyInWords(revisions, members, ALEX, 'UTC').map((l) => l.replace(/\s/g, ' '));
    expect(lines).toEqual([
      'Added by you on Mar 2, 2026, 10:00 AM: €40.00, Groceries.',
      'Edited by Sam on Mar 3, 2026, 10:00 AM: €40.00 → €50.00, Groceries and wine.',
      'Edited by Sam on Mar 3, 2026, 11:00 AM: €50.00, Groceries.',
      'Deleted by you on Mar 4, 2026, 10:00 AM.',
    ]);
  });
});
