import { describe, expect, it } from 'vitest';
import { idea } from './dates-test-data';
import { draftFromIdea, emptyIdeaDraft, ideaBody, toggleSeason } from './idea-draft';

describe('toggleSeason', () => {
  it('keeps "any season" alone, and an idea always in some season', () => {
    expect(toggleSeason(['any'], 'summer', true)).toEqual(['summer']);
    expect(toggleSeason(['winter', 'summer'], 'spring', true)).toEqual([
      'spring',
      'summer',
      'winter',
    ]);
    expect(toggleSeason(['spring', 'summer'], 'any', true)).toEqual(['any']);
    expect(toggleSeason(['summer'], 'summer', false)).toEqual(['any']);
  });
});

describe('ideaBody', () => {
  it('needs a name, and leaves an empty description out of a new idea', () => {
    expect(ideaBody(emptyIdeaDraft)).toBeUndefined();
    expect(ideaBody({ ...emptyIdeaDraft, title: ' Stargazing ', description: ' ' })).toEqual({
      title: 'Stargazing',
      setting: 'home',
      cost: 'free',
      duration: 'evening',
      energy: 'medium',
      seasons: ['any'],
    });
  });

  it('sends an emptied description on an edit, so it can be taken back', () => {
    const draft = { ...draftFromIdea(idea()), description: '' };
    expect(ideaBody(draft, true)?.description).toBe('');
  });
});
