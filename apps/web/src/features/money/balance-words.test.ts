import { describe, expect, it } from 'vitest';
import { allSquare, balanceInWords, transferInWords } from './balance-words';
import { ALEX, members, SAM } from './test-fixtures';

const KIM = '00000000-0000-4000-8000-00000000000c';
const household = [...members, { ...members[1]!, userId: KIM, displayName: 'Kim' }];

describe('balanceInWords', () => {
  it('says who owes and who is owed, me as "you"', () => {
    const say = (userId: string, amount: number) =>
      balanceInWords({ userId, amount }, 'EUR', members, ALEX);
    expect(say(SAM, -1250)).toBe('Sam owes €12.50');
    expect(say(SAM, 1250)).toBe('Sam is owed €12.50');
    expect(say(SAM, 0)).toBe('Sam is all square');
    expect(say(ALEX, -1250)).toBe('You owe €12.50');
    expect(say(ALEX, 1250)).toBe('You are owed €12.50');
    expect(say(ALEX, 0)).toBe('You are all square');
  });
});

describe('allSquare', () => {
  it('is true only when every balance is zero', () => {
    const view = (amounts: number[]) => ({
      currency: 'EUR',
      balances: amounts.map((amount, i) => ({ userId: String(i), amount })),
      transfers: [],
    });
    expect(allSquare(view([0, 0]))).toBe(true);
    expect(allSquare(view([5, -5]))).toBe(false);
  });
});

describe('transferInWords', () => {
  it('says a payment between two brings both to zero', () => {
    const view = {
      currency: 'EUR',
      balances: [
        { userId: ALEX, amount: 1250 },
        { userId: SAM, amount: -1250 },
      ],
      transfers: [{ from: SAM, to: ALEX, amount: 1250 }],
    };
    expect(transferInWords(view.transfers[0]!, view, members, ALEX)).toBe(
      'Sam pays you €12.50: that brings both of you to zero.',
    );
    expect(transferInWords(view.transfers[0]!, view, members, SAM)).toBe(
      'You pay Alex €12.50: that brings both of you to zero.',
    );
  });

  it('says whom a payment in a household brings to zero', () => {
    const view = {
      currency: 'EUR',
      balances: [
        { userId: ALEX, amount: 3000 },
        { userId: SAM, amount: -1000 },
        { userId: KIM, amount: -2000 },
      ],
      transfers: [
        { from: KIM, to: ALEX, amount: 2000 },
        { from: SAM, to: ALEX, amount: 1000 },
      ],
    };
    expect(transferInWords(view.transfers[0]!, view, household, SAM)).toBe(
      'Kim pays Alex €20.00: that brings Kim to zero.',
    );
    expect(transferInWords(view.transfers[1]!, view, household, SAM)).toBe(
      'You pay Alex €10.00: that brings you to zero.',
    );
    const split = { ...view, transfers: [{ from: KIM, to: ALEX, amount: 500 }] };
    expect(transferInWords(split.transfers[0]!, split, household, SAM)).toBe(
      'Kim pays Alex €5.00: one step of settling up everyone.',
    );
    const pair = {
      currency: 'EUR',
      balances: [
        { userId: SAM, amount: 700 },
        { userId: KIM, amount: -700 },
      ],
      transfers: [{ from: KIM, to: SAM, amount: 700 }],
    };
    expect(transferInWords(pair.transfers[0]!, pair, household, ALEX)).toBe(
      'Kim pays Sam €7.00: that brings Kim and Sam to zero.',
    );
  });
});
