import { describe, expect, it } from 'vitest';
import { ALEX, members, SAM } from './test-fixtures';
import { turnInWords, turnShape, type Turn } from './turn-words';

const turn = (by: string, kind: Turn['kind'], text: string | null = null): Turn => ({
  by,
  kind,
  text,
  at: '2026-03-02T18:05:00.000Z',
});

describe('turnInWords', () => {
  it('words every kind of turn, me as “You”', () => {
    const kinds: Turn['kind'][] = [
      'speak',
      'paraphrase',
      'confirm',
      'correct',
      'idea',
      'floor',
      'timeout',
      'resume',
    ];
    expect(kinds.map((kind) => turnInWords(turn(SAM, kind), ALEX, members))).toEqual([
      'Sam said',
      'Sam heard',
      'Sam: “That’s it.”',
      'Sam: “Not quite.”',
      'Sam had an idea',
      'Sam passed the floor',
      'Sam asked for a break',
      'Sam came back',
    ]);
    expect(turnInWords(turn(ALEX, 'speak'), ALEX, members)).toBe('You said');
    expect(turnInWords(turn(ALEX, 'paraphrase'), ALEX, members)).toBe('You heard');
  });
});

describe('turnShape', () => {
  it('draws what was said as words and the rest as moments', () => {
    expect(turnShape(turn(SAM, 'speak', 'I feel alone.'))).toBe('words');
    expect(turnShape(turn(SAM, 'correct', 'Alone, not busy.'))).toBe('words');
    expect(turnShape(turn(SAM, 'confirm'))).toBe('moment');
    expect(turnShape(turn(SAM, 'floor'))).toBe('moment');
  });
});
