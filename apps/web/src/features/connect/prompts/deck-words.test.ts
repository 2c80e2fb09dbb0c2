import { describe, expect, it } from 'vitest';
import { promptDecks, prompts } from '@tandem/shared';
import { en } from '../../../lib/i18n/en';
import { deckName, deckOptions, deckProgressText, depthOf, firstFreshDeck } from './deck-words';

describe('deckProgressText', () => {
  it('says how far we are through a deck', () => {
    expect(deckProgressText({ deck: 'dreams', prompts: 20, asked: 12 })).toBe('12 of 20 asked');
  });

  it('has words of its own for a deck not yet opened and one used up', () => {
    expect(deckProgressText({ deck: 'dreams', prompts: 20, asked: 0 })).toBe(
      '20 prompts, none asked yet',
    );
    expect(deckProgressText({ deck: 'dreams', prompts: 1, asked: 0 })).toBe(
      '1 prompt, none asked yet',
    );
    expect(deckProgressText({ deck: 'dreams', prompts: 20, asked: 20 })).toBe(
      'All 20 asked, so it starts again',
    );
  });

  it('never says more were asked than the deck holds (a removed prompt of ours)', () => {
    expect(deckProgressText({ deck: 'dreams', prompts: 20, asked: 21 })).toBe(
      'All 20 asked, so it starts again',
    );
  });
});

describe('deck names', () => {
  it('gives every deck a name of its own', () => {
    for (const deck of promptDecks) expect(en).toHaveProperty(`connect.prompts.deck.${deck}`);
    expect(new Set(promptDecks.map(deckName)).size).toBe(promptDecks.length);
  });

  it('offers each deck with its progress as the description', () => {
    expect(deckOptions([{ deck: 'money', prompts: 20, asked: 3 }])).toEqual([
      expect.objectContaining({
        value: 'money',
        label: 'Money and us',
        description: '3 of 20 asked',
      }),
    ]);
  });
});

describe('firstFreshDeck', () => {
  it('offers the first deck with prompts we have not had, else the first', () => {
    const used = { deck: 'inner_world' as const, prompts: 20, asked: 20 };
    const fresh = { deck: 'dreams' as const, prompts: 20, asked: 2 };
    expect(firstFreshDeck([used, fresh])).toBe('dreams');
    expect(firstFreshDeck([used])).toBe('inner_world');
    expect(firstFreshDeck([])).toBeUndefined();
  });
});

describe('depthOf', () => {
  it('finds a deck prompt’s depth by its deck and text', () => {
    const deep = prompts.find((p) => p.deck === 'repair' && p.depth === 'deep')!;
    expect(depthOf({ deck: 'repair', text: deep.text })).toBe('deep');
    expect(depthOf({ deck: 'dreams', text: deep.text })).toBeUndefined();
  });

  it('finds one of our own, and knows nothing of one since removed', () => {
    const own = [
      {
        id: 'o1',
        deck: 'future' as const,
        depth: 'deep' as const,
        text: 'Where in May?',
        createdBy: 'me',
      },
    ];
    expect(depthOf({ deck: 'future', text: 'Where in May?' }, own)).toBe('deep');
    expect(depthOf({ deck: 'future', text: 'Where in June?' }, own)).toBeUndefined();
  });
});
