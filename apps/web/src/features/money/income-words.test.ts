import { describe, expect, it } from 'vitest';
import { incomeInWords, incomesComplete } from './income-words';
import { ALEX, members, SAM } from './test-fixtures';

const income = (
  userId: string,
  monthlyAmount: number | null,
  percent: number | null,
  given = true,
  isPrivate = false,
) => ({ userId, monthlyAmount, percent, given, private: isPrivate });

describe('incomeInWords', () => {
  const say = (item: ReturnType<typeof income>) => incomeInWords(item, 'EUR', members, ALEX);

  it('shows a partner’s private income only as a percentage', () => {
    expect(say(income(SAM, null, 25, true, true))).toBe(
      'Sam’s income stays private; Sam’s share by income is 25%.',
    );
    expect(say(income(SAM, null, null, true, true))).toBe('Sam’s income stays private.');
  });

  it('shows a shared income and mine in full', () => {
    expect(say(income(SAM, 200000, 40))).toBe(
      'Sam’s income: €2,000.00 a month, Sam’s share by income is 40%.',
    );
    expect(say(income(ALEX, 300000, 60, true, true))).toBe(
      'Your income: €3,000.00 a month, your share by income is 60%. Only you see the amount; the others see the percentage.',
    );
    expect(say(income(ALEX, 300000, null))).toBe('Your income: €3,000.00 a month.');
  });

  it('says who has not given one yet', () => {
    expect(say(income(SAM, null, null, false))).toBe('Sam hasn’t given an income yet.');
    expect(say(income(ALEX, null, null, false))).toBe('You haven’t given your income yet.');
  });
});

describe('incomesComplete', () => {
  it('is true once everyone has a percentage', () => {
    expect(incomesComplete([income(ALEX, 1, 50), income(SAM, null, 50)])).toBe(true);
    expect(incomesComplete([income(ALEX, 1, null), income(SAM, null, null, false)])).toBe(false);
  });
});
