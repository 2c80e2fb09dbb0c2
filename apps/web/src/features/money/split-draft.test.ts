import { describe, expect, it } from 'vitest';
import { splitDraftOf, splitRuleOf, type SplitDraft } from './split-draft';
import { ALEX, SAM } from './test-fixtures';

const draft = (changes: Partial<SplitDraft>): SplitDraft => ({
  choice: 'equal',
  values: {},
  equalPart: '50',
  ...changes,
});
const both = [ALEX, SAM];

describe('splitRuleOf', () => {
  it('leaves "as usual" to the server, and says equal and income as they are', () => {
    expect(splitRuleOf(draft({ choice: 'usual' }), both, 1000, 'EUR')).toEqual({
      ok: true,
      rule: undefined,
    });
    expect(splitRuleOf(draft({ choice: 'income' }), both, 1000, 'EUR')).toEqual({
      ok: true,
      rule: { kind: 'income' },
    });
  });

  it('reads shares as typed, an empty one as 0, and only for who shares it', () => {
    const shares = draft({ choice: 'shares', values: { [ALEX]: '2', [SAM]: '', other: '5' } });
    expect(splitRuleOf(shares, both, 1000, 'EUR')).toEqual({
      ok: true,
      rule: { kind: 'shares', shares: { [ALEX]: 2, [SAM]: 0 } },
    });
    expect(splitRuleOf(draft({ choice: 'shares' }), both, 1000, 'EUR')).toMatchObject({
      ok: false,
      field: 'split.shares',
    });
    expect(
      splitRuleOf(draft({ choice: 'shares', values: { [ALEX]: 'two' } }), both, 1000, 'EUR'),
    ).toMatchObject({ ok: false, field: 'split.shares' });
  });

  it('needs percentages that add up to 100 exactly, to the hundredth', () => {
    const thirds = draft({ choice: 'percent', values: { [ALEX]: '33,33', [SAM]: '66.67' } });
    expect(splitRuleOf(thirds, both, 1000, 'EUR')).toEqual({
      ok: true,
      rule: { kind: 'percent', percents: { [ALEX]: 33.33, [SAM]: 66.67 } },
    });
    const short = draft({ choice: 'percent', values: { [ALEX]: '60', [SAM]: '30' } });
    expect(splitRuleOf(short, both, 1000, 'EUR')).toEqual({
      ok: false,
      field: 'split.percents',
      message: 'The percentages add up to 90%, not 100%.',
    });
    const fine = draft({ choice: 'percent', values: { [ALEX]: '33.333', [SAM]: '66.667' } });
    expect(splitRuleOf(fine, both, 1000, 'EUR')).toMatchObject({ ok: false });
  });

  it('reads exact amounts into minor units and checks they make the whole', () => {
    const exact = draft({ choice: 'exact', values: { [ALEX]: '7,51', [SAM]: '5' } });
    expect(splitRuleOf(exact, both, 1251, 'EUR')).toEqual({
      ok: true,
      rule: { kind: 'exact', amounts: { [ALEX]: 751, [SAM]: 500 } },
    });
    expect(splitRuleOf(exact, both, 1300, 'EUR')).toEqual({
      ok: false,
      field: 'split.amounts',
      message: 'The exact parts add up to €12.51, not €13.00.',
    });
    const wrong = draft({ choice: 'exact', values: { [ALEX]: '7.511' } });
    expect(splitRuleOf(wrong, both, 751, 'EUR')).toMatchObject({ field: 'split.amounts' });
  });

  it('makes a blend of the equal part and the rest by income', () => {
    expect(splitRuleOf(draft({ choice: 'blend', equalPart: '30' }), both, 100, 'EUR')).toEqual({
      ok: true,
      rule: { kind: 'blend', equal: 30, income: 70 },
    });
    expect(
      splitRuleOf(draft({ choice: 'blend', equalPart: '130' }), both, 100, 'EUR'),
    ).toMatchObject({ ok: false, field: 'split.equal' });
  });
});

describe('splitDraftOf', () => {
  it('reads each rule back as the draft that makes it', () => {
    const rules = [
      { kind: 'equal' },
      { kind: 'income' },
      { kind: 'shares', shares: { [ALEX]: 2, [SAM]: 1 } },
      { kind: 'percent', percents: { [ALEX]: 60, [SAM]: 40 } },
      { kind: 'exact', amounts: { [ALEX]: 751, [SAM]: 500 } },
      { kind: 'blend', equal: 50, income: 50 },
    ] as const;
    for (const rule of rules) {
      expect(splitRuleOf(splitDraftOf(rule, 'EUR'), both, 1251, 'EUR')).toEqual({
        ok: true,
        rule,
      });
    }
  });

  it('starts as usual without a rule, and reads a blend of any parts as a percentage', () => {
    expect(splitDraftOf(undefined, 'EUR').choice).toBe('usual');
    expect(splitDraftOf({ kind: 'blend', equal: 1, income: 3 }, 'EUR').equalPart).toBe('25');
  });
});
