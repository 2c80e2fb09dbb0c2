import { describe, expect, it } from 'vitest';
import { parseTags, tagsError, tagsProblem, tagsText } from './tags';

describe('parseTags', () => {
  it('splits on commas, trims, lower-cases and keeps each tag once', () => {
    expect(parseTags(' Money, chores,,money , ')).toEqual(['money', 'chores']);
  });

  it('is empty for an empty field', () => {
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ')).toEqual([]);
  });

  it('round-trips with tagsText', () => {
    expect(parseTags(tagsText(['money', 'in-laws']))).toEqual(['money', 'in-laws']);
  });
});

describe('tagsProblem', () => {
  it('allows up to eight tags of up to thirty characters', () => {
    expect(tagsProblem(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toBeNull();
    expect(tagsProblem(['x'.repeat(30)])).toBeNull();
  });

  it('names too many tags, or one too long, in words', () => {
    const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    expect(tagsProblem(nine)).toBe('tooMany');
    expect(tagsError('tooMany')).toBe('Up to 8 tags, please.');
    expect(tagsProblem(['x'.repeat(31)])).toBe('tooLong');
    expect(tagsError('tooLong')).toBe('Keep each tag to 30 characters or fewer.');
    expect(tagsError(null)).toBeUndefined();
  });
});
