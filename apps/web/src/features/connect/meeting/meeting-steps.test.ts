import { describe, expect, it } from 'vitest';
import { stepInWords, stepList, stepPlace } from './meeting-steps';

describe('stepPlace', () => {
  it('leads from the first step forward only', () => {
    expect(stepPlace('appreciations')).toEqual({
      number: 1,
      count: 5,
      previous: undefined,
      next: 'went_well',
    });
  });

  it('leads back and forward from a step in the middle', () => {
    expect(stepPlace('topics')).toMatchObject({
      number: 3,
      previous: 'went_well',
      next: 'actions',
    });
    expect(stepPlace('actions')).toMatchObject({ previous: 'topics', next: 'needs' });
  });

  it('leads nowhere forward from the last step, where the meeting ends', () => {
    expect(stepPlace('needs')).toEqual({
      number: 5,
      count: 5,
      previous: 'actions',
      next: undefined,
    });
  });
});

describe('stepInWords', () => {
  it('says where we are', () => {
    expect(stepInWords('appreciations')).toBe('Step 1 of 5: Appreciations');
    expect(stepInWords('went_well')).toBe('Step 2 of 5: What went well');
    expect(stepInWords('needs')).toBe('Step 5 of 5: What you need');
  });
});

describe('stepList', () => {
  it('marks the steps behind, the current one and those ahead', () => {
    expect(stepList('topics').map(({ step, state }) => `${step}:${state}`)).toEqual([
      'appreciations:done',
      'went_well:done',
      'topics:current',
      'actions:ahead',
      'needs:ahead',
    ]);
  });
});
