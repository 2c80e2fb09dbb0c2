import { describe, expect, it } from 'vitest';
import type { CarePreference } from './appreciate-api';
import { careSentence, careTagLabel, toggleCareTag } from './care-words';

const care = (overrides: Partial<CarePreference> = {}): CarePreference => ({
  userId: 'sam',
  tags: [],
  text: '',
  given: true,
  ...overrides,
});

describe('careSentence', () => {
  it('names the ways in the order chosen, with their own words after', () => {
    expect(
      careSentence('Sam', care({ tags: ['time', 'words'], text: 'A walk, just us two' })),
    ).toBe('Sam feels cared for with time together and kind words: A walk, just us two');
    expect(careSentence('Sam', care({ tags: ['gifts', 'help', 'touch'] }))).toBe(
      'Sam feels cared for with little gifts, a helping hand, and touch and closeness.',
    );
  });

  it('gives their words alone, and says gently when nothing is shared yet', () => {
    expect(careSentence('Sam', care({ text: 'Tea in bed' }))).toBe('In Sam’s words: Tea in bed');
    expect(careSentence('Sam', care({ given: false }))).toBe('Sam hasn’t shared this yet.');
    expect(careSentence('Sam', care({ text: '   ' }))).toBe('Sam hasn’t shared this yet.');
  });
});

describe('careTagLabel and toggleCareTag', () => {
  it('has a human name for each way', () => {
    expect(careTagLabel('words')).toBe('Kind words');
    expect(careTagLabel('touch')).toBe('Touch and closeness');
  });

  it('keeps the ways in the catalogue’s order, once each', () => {
    expect(toggleCareTag(['gifts'], 'words', true)).toEqual(['words', 'gifts']);
    expect(toggleCareTag(['words', 'gifts'], 'words', false)).toEqual(['gifts']);
    expect(toggleCareTag(['words'], 'words', true)).toEqual(['words']);
  });
});
