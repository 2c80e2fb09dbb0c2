import { describe, expect, it } from 'vitest';
import {
  incomesForPreview,
  previewShares,
  ruleInWords,
  ruleSentence,
  sharesInWords,
} from './split-words';
import { ALEX, members, SAM } from './test-fixtures';

describe('ruleInWords', () => {
  it('says each rule, me as "you"', () => {
    const say = (rule: Parameters<typeof ruleInWords>[0]) =>
      ruleInWords(rule, members, ALEX, 'EUR');
    expect(say({ kind: 'equal' })).toBe('equally');
    expect(say({ kind: 'shares', shares: { [ALEX]: 2, [SAM]: 1 } })).toBe(
      'in shares (you 2 and Sam 1)',
    );
    expect(say({ kind: 'percent', percents: { [ALEX]: 60, [SAM]: 40 } })).toBe(
      'by percentages (you 60% and Sam 40%)',
    );
    expect(say({ kind: 'exact', amounts: { [ALEX]: 751, [SAM]: 500 } })).toBe(
      'in exact amounts (you €7.51 and Sam €5.00)',
    );
    expect(say({ kind: 'income' })).toBe('by income');
    expect(say({ kind: 'blend', equal: 50, income: 50 })).toBe('half equally, half by income');
    expect(say({ kind: 'blend', equal: 1, income: 3 })).toBe('25% equally, 75% by income');
  });

  it('makes a sentence of it', () => {
    expect(ruleSentence({ kind: 'income' }, members, SAM, 'EUR')).toBe('Split by income');
  });
});

describe('incomesForPreview', () => {
  const item = (userId: string, monthlyAmount: number | null, percent: number | null) => ({
    userId,
    monthlyAmount,
    percent,
    private: monthlyAmount === null,
    given: true,
  });

  it('uses the amounts when all are visible', () => {
    expect(incomesForPreview([item(ALEX, 300000, 60), item(SAM, 200000, 40)], [ALEX, SAM])).toEqual(
      { [ALEX]: 300000, [SAM]: 200000 },
    );
  });

  it('falls back on the percentages when a partner keeps theirs private', () => {
    expect(incomesForPreview([item(ALEX, 300000, 75), item(SAM, null, 25)], [ALEX, SAM])).toEqual({
      [ALEX]: 750,
      [SAM]: 250,
    });
  });

  it('has nothing to go by while someone has given none', () => {
    expect(incomesForPreview([item(ALEX, 300000, null)], [ALEX, SAM])).toEqual({});
  });
});

describe('previewShares', () => {
  it('splits to the cent, adding up to the whole', () => {
    const preview = previewShares(1251, { kind: 'equal' }, [ALEX, SAM], {});
    expect(preview.ok && preview.shares[ALEX]! + preview.shares[SAM]!).toBe(1251);
  });

  it('splits by income', () => {
    expect(
      previewShares(1000, { kind: 'income' }, [ALEX, SAM], { [ALEX]: 750, [SAM]: 250 }),
    ).toEqual({ ok: true, shares: { [ALEX]: 750, [SAM]: 250 } });
  });

  it('says why it cannot split', () => {
    expect(previewShares(1000, { kind: 'income' }, [ALEX, SAM], {})).toEqual({
      ok: false,
      problem: 'splitting by income needs everyone’s monthly income first (under How we split).',
    });
    expect(previewShares(1000, { kind: 'equal' }, [], {})).toMatchObject({ ok: false });
    expect(
      previewShares(1000, { kind: 'shares', shares: { [ALEX]: 1, [SAM]: 1 } }, [ALEX], {}),
    ).toMatchObject({ ok: false, problem: expect.stringContaining('usual rule') });
  });
});

describe('sharesInWords', () => {
  it('says who pays what, me as "you"', () => {
    expect(sharesInWords({ [SAM]: 751, [ALEX]: 500 }, members, ALEX, 'EUR')).toBe(
      'Sam pays €7.51 and you €5.00.',
    );
    expect(sharesInWords({ [ALEX]: 751, [SAM]: 500 }, members, ALEX, 'EUR')).toBe(
      'you pay €7.51 and Sam €5.00.',
    );
    expect(sharesInWords({ [ALEX]: 751, [SAM]: 500 }, members, SAM, 'EUR')).toBe(
      'Alex pays €7.51 and you €5.00.',
    );
  });
});
