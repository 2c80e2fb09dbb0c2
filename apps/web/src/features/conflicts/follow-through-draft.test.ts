import { describe, expect, it } from 'vitest';
import { queryKeys } from '../../lib/api/query-keys';
import { choreBody, choreDraftFor, createdIn, decisionQuestionFor } from './follow-through-draft';

describe('choreDraftFor', () => {
  it('names the chore after the agreed line, cut to fit', () => {
    expect(choreDraftFor(' Take the bins out ').name).toBe('Take the bins out');
    const long = choreDraftFor('x'.repeat(120)).name;
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('choreBody', () => {
  it('makes a weekly chore that takes the given minutes to do', () => {
    expect(choreBody({ name: 'Bins', area: 'home', rhythm: 'weekly', minutes: '10' })).toEqual({
      body: {
        kind: 'responsibility',
        responsibility: {
          name: 'Bins',
          area: 'home',
          rrule: 'FREQ=WEEKLY',
          minutes: { notice: 0, plan: 0, do: 10 },
        },
      },
    });
  });

  it('makes a one-off without a rule', () => {
    const result = choreBody({
      name: 'Call the plumber',
      area: 'home',
      rhythm: 'once',
      minutes: '15',
    });
    expect(
      'body' in result && result.body.kind === 'responsibility' && result.body.responsibility.rrule,
    ).toBeNull();
  });

  it('names the field that is wrong', () => {
    expect(choreBody({ name: ' ', area: 'home', rhythm: 'weekly', minutes: '10' })).toEqual({
      problem: 'name',
    });
    for (const minutes of ['0', '1.5', 'ten', '1441']) {
      expect(choreBody({ name: 'Bins', area: 'home', rhythm: 'weekly', minutes })).toEqual({
        problem: 'minutes',
      });
    }
  });
});

describe('decisionQuestionFor', () => {
  it('takes the agreed line as the question, as much as fits', () => {
    expect(decisionQuestionFor(' Where to go in summer ')).toBe('Where to go in summer');
    expect(decisionQuestionFor('x'.repeat(250))).toHaveLength(200);
  });
});

describe('createdIn', () => {
  it('refreshes the module the follow-through created something in', () => {
    expect(createdIn('s1', 'responsibility')).toEqual(queryKeys.chores('s1'));
    expect(createdIn('s1', 'expense_rule')).toEqual(queryKeys.money('s1'));
    expect(createdIn('s1', 'decision')).toEqual(queryKeys.decisions('s1'));
  });
});
