import { describe, expect, it } from 'vitest';
import {
  expenseBodyOf,
  expenseDraftOf,
  expensePatch,
  newExpenseDraft,
  SEVERAL_PAYERS,
  type ExpenseDraft,
} from './expense-draft';
import { ALEX, expense, SAM } from './test-fixtures';

const fresh = (changes: Partial<ExpenseDraft> = {}): ExpenseDraft => ({
  ...newExpenseDraft({ myId: ALEX, memberIds: [SAM, ALEX], today: '2026-03-02', currency: 'EUR' }),
  amount: '12,50',
  description: '  Groceries ',
  ...changes,
});

describe('newExpenseDraft', () => {
  it('starts today, in the space’s currency, paid by me, shared by all, as usual', () => {
    const draft = newExpenseDraft({
      myId: ALEX,
      memberIds: [ALEX, SAM],
      today: '2026-03-02',
      currency: 'CHF',
    });
    expect(draft).toMatchObject({
      spentOn: '2026-03-02',
      currency: 'CHF',
      payer: ALEX,
      participants: [ALEX, SAM],
      privacy: 'shared',
    });
    expect(draft.split.choice).toBe('usual');
  });
});

describe('expenseBodyOf', () => {
  it('makes the request: minor units, trimmed, sorted, the rule left to the server', () => {
    expect(expenseBodyOf(fresh(), ALEX)).toEqual({
      ok: true,
      body: {
        amount: 1250,
        description: 'Groceries',
        currency: 'EUR',
        spentOn: '2026-03-02',
        category: 'groceries',
        privacy: 'shared',
        payers: [{ userId: ALEX, amount: 1250 }],
        participants: [ALEX, SAM],
      },
    });
  });

  it('spells "as usual" out when told the rule (for an edit)', () => {
    const outcome = expenseBodyOf(fresh(), ALEX, { kind: 'income' });
    expect(outcome.ok && outcome.body.split).toEqual({ kind: 'income' });
  });

  it('names each field that is wrong', () => {
    const outcome = expenseBodyOf(
      fresh({ amount: '12.555', description: ' ', participants: [] }),
      ALEX,
    );
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && Object.keys(outcome.errors).sort()).toEqual([
      'amount',
      'description',
      'participants',
    ]);
    const zero = expenseBodyOf(fresh({ amount: '0' }), ALEX);
    expect(!zero.ok && zero.errors.amount).toBe('An amount of zero has nothing to split.');
  });

  it('takes several payers whose amounts make the whole, and says when they do not', () => {
    const several = fresh({
      payer: SEVERAL_PAYERS,
      payerAmounts: { [SAM]: '10', [ALEX]: '2.50', other: '' },
    });
    const outcome = expenseBodyOf(several, ALEX);
    expect(outcome.ok && outcome.body.payers).toEqual([
      { userId: ALEX, amount: 250 },
      { userId: SAM, amount: 1000 },
    ]);
    const short = expenseBodyOf({ ...several, payerAmounts: { [SAM]: '10' } }, ALEX);
    expect(!short.ok && short.errors.payers).toBe('What each paid adds up to €10.00, not €12.50.');
  });

  it('reports a split that does not work under the field the server would name', () => {
    const outcome = expenseBodyOf(
      fresh({ split: { choice: 'percent', values: { [ALEX]: '50' }, equalPart: '50' } }),
      ALEX,
    );
    expect(!outcome.ok && outcome.errors['split.percents']).toBeDefined();
  });

  it('makes a private expense mine alone, whatever else the draft says', () => {
    const outcome = expenseBodyOf(fresh({ privacy: 'private', payer: SAM }), ALEX);
    expect(outcome.ok && outcome.body).toMatchObject({
      privacy: 'private',
      payers: [{ userId: ALEX, amount: 1250 }],
      participants: [ALEX],
      split: { kind: 'equal' },
    });
  });
});

describe('expenseDraftOf and expensePatch', () => {
  it('reads an expense back into the draft that made it', () => {
    const line = expense({
      amount: 3000,
      payers: [
        { userId: ALEX, amount: 1000 },
        { userId: SAM, amount: 2000 },
      ],
      split: { kind: 'shares', shares: { [ALEX]: 2, [SAM]: 1 } },
    });
    const draft = expenseDraftOf(line);
    expect(draft).toMatchObject({
      amount: '30.00',
      payer: SEVERAL_PAYERS,
      payerAmounts: { [ALEX]: '10.00', [SAM]: '20.00' },
    });
    expect(draft.participants).toEqual([ALEX, SAM]);
    const outcome = expenseBodyOf(draft, ALEX);
    expect(outcome.ok && outcome.body.split).toEqual(line.split);
  });

  it('sends only what changed', () => {
    const initial = expenseBodyOf(expenseDraftOf(expense()), ALEX);
    const changed = expenseBodyOf({ ...expenseDraftOf(expense()), amount: '40' }, ALEX);
    if (!initial.ok || !changed.ok) throw new Error('both drafts should be fine');
    expect(expensePatch(initial.body, initial.body)).toEqual({});
    expect(expensePatch(initial.body, changed.body)).toEqual({
      amount: 4000,
      payers: [{ userId: ALEX, amount: 4000 }],
    });
  });
});
