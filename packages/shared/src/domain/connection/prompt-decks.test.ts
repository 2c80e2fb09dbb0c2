import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPrompt, promptDecks, prompts } from './prompt-decks';

describe('prompt decks', () => {
  it('has at least 150 prompts of our own, every deck with light and deep ones, none twice', () => {
    expect(prompts.length).toBeGreaterThanOrEqual(150);
    for (const deck of promptDecks) {
      const inDeck = prompts.filter((p) => p.deck === deck);
      expect(inDeck.some((p) => p.depth === 'light')).toBe(true);
      expect(inDeck.some((p) => p.depth === 'deep')).toBe(true);
    }
    expect(new Set(prompts.map((p) => p.key)).size).toBe(prompts.length);
    expect(new Set(prompts.map((p) => p.text.toLowerCase())).size).toBe(prompts.length);
    expect(prompts.every((p) => p.text.endsWith('?') && p.text.length <= 120)).toBe(true);
  });

  it('does not repeat a prompt until its deck is used up', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...promptDecks),
        fc.integer({ min: 1, max: 60 }),
        (deck, rounds) => {
          const asked: { key: string; askedAt: string }[] = [];
          const size = prompts.filter((p) => p.deck === deck).length;
          for (let i = 0; i < rounds; i++) {
            const key = nextPrompt(deck, asked);
            const recent = asked.slice(-(size - 1)).map((a) => a.key);
            expect(recent).not.toContain(key);
            asked.push({ key, askedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() });
          }
        },
      ),
    );
  });

  it('asks a couple’s own prompts after the deck’s', () => {
    const deck = prompts.filter((p) => p.deck === 'dreams');
    const asked = deck.map((p, i) => ({
      key: p.key,
      askedAt: `2026-01-${String(i + 1).padStart(2, '0')}`,
    }));
    expect(nextPrompt('dreams', asked, ['own-1'])).toBe('own-1');
    expect(nextPrompt('dreams', asked)).toBe(deck[0]!.key);
  });
});
