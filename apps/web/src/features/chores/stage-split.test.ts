import { describe, expect, it } from 'vitest';
import type { Member } from '@tandem/shared';
import { stageHolderOptions, stageSplitInWords } from './stage-split';

const member = (userId: string, displayName: string): Member => ({
  userId,
  displayName,
  timeZone: 'UTC',
  role: 'member',
  joinedAt: '2025-01-01T00:00:00.000Z',
  isMe: false,
});
const members = [member('alex', 'Alex'), member('sam', 'Sam'), member('kim', 'Kim')];
const split = (notice: string | null, plan: string | null) => ({ notice, plan });

describe('stageSplitInWords', () => {
  it('says nothing when the owner holds every stage, or nobody owns it', () => {
    expect(stageSplitInWords('alex', split(null, null), members)).toBeUndefined();
    expect(stageSplitInWords('alex', split('alex', 'alex'), members)).toBeUndefined();
    expect(stageSplitInWords(null, split('sam', 'sam'), members)).toBeUndefined();
  });

  it('says who notices, who plans and who does it', () => {
    expect(stageSplitInWords('alex', split('sam', 'sam'), members)).toBe(
      'Sam notices and plans, Alex does it.',
    );
    expect(stageSplitInWords('alex', split('sam', null), members)).toBe(
      'Sam notices, Alex plans and does it.',
    );
    expect(stageSplitInWords('alex', split(null, 'sam'), members)).toBe(
      'Sam plans, Alex notices and does it.',
    );
    expect(stageSplitInWords('alex', split('sam', 'kim'), members)).toBe(
      'Sam notices, Kim plans, Alex does it.',
    );
  });

  it('names someone who has left as a former member', () => {
    expect(stageSplitInWords('alex', split('gone', null), members)).toBe(
      'Former member notices, Alex plans and does it.',
    );
  });
});

describe('stageHolderOptions', () => {
  it('offers the owner (no split) first, then everyone else', () => {
    expect(stageHolderOptions('alex', null, members)).toEqual([
      { value: '', label: 'Alex (the owner)' },
      { value: 'sam', label: 'Sam' },
      { value: 'kim', label: 'Kim' },
    ]);
  });

  it('keeps what is chosen on offer: the owner by name, or someone who has left', () => {
    expect(stageHolderOptions('alex', 'alex', members).map((o) => o.value)).toEqual([
      '',
      'alex',
      'sam',
      'kim',
    ]);
    expect(stageHolderOptions('alex', 'gone', members).at(-1)).toEqual({
      value: 'gone',
      label: 'Former member',
    });
  });
});
