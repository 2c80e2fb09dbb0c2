import { describe, expect, it } from 'vitest';
import { quickRepairs, repairLine, repairPhrase } from './repair-words';

const nameOf = (userId: string) => (userId === 'sam' ? 'Sam' : 'You');

describe('repairPhrase', () => {
  it('says each quick repair as its button does', () => {
    expect(quickRepairs.map(repairPhrase)).toEqual([
      'I’m sorry',
      'Can we start over?',
      'I see your point',
      'I need a moment',
    ]);
  });
});

describe('repairLine', () => {
  it('quotes the phrase, with the person’s own words after it', () => {
    expect(repairLine({ kind: 'sorry', text: '', userId: 'sam' }, nameOf)).toBe('Sam: “I’m sorry”');
    expect(repairLine({ kind: 'see_your_point', text: 'about Sunday', userId: 'me' }, nameOf)).toBe(
      'You: “I see your point”, about Sunday',
    );
  });

  it('gives their own words alone for "something else"', () => {
    expect(repairLine({ kind: 'other', text: 'Tea?', userId: 'sam' }, nameOf)).toBe('Sam: Tea?');
  });
});
