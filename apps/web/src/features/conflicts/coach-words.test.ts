import { describe, expect, it } from 'vitest';
import type { CoachFlag } from '@tandem/shared';
import { coachSummary } from './coach-words';

const flag = { kind: 'absolute' } as CoachFlag;

describe('coachSummary', () => {
  it('says nothing for an empty box', () => {
    expect(coachSummary({ flags: [], text: '  ' })).toBe('');
  });

  it('counts the coach’s thoughts, or says it would change nothing', () => {
    expect(coachSummary({ flags: [], text: 'I miss you.' })).toBe(
      'Nothing the coach would change.',
    );
    expect(coachSummary({ flags: [flag], text: 'You never listen.' })).toBe(
      'The coach has 1 thought on your wording.',
    );
    expect(coachSummary({ flags: [flag, flag], text: 'x' })).toBe(
      'The coach has 2 thoughts on your wording.',
    );
  });
});
