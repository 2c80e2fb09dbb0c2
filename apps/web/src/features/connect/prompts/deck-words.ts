import { prompts, type PromptDeck, type PromptDepth, type PromptRound } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import type { RadioOption } from '../../../ui/radio-group';
import type { DeckProgress, OwnPrompt } from './prompts-api';

// Decorative only: each option's name is read, never its picture.
const deckEmoji: Record<PromptDeck, string> = {
  inner_world: '🌱',
  dreams: '✨',
  gratitude: '🌻',
  money: '🪙',
  intimacy: '💞',
  family: '🏡',
  repair: '🩹',
  future: '🧭',
};

export const deckName = (deck: PromptDeck): string => t(`connect.prompts.deck.${deck}`);
export const depthName = (depth: PromptDepth): string => t(`connect.prompts.depth.${depth}`);

/** "12 of 20 asked", with a word of its own for a deck not yet opened and one used up. */
export function deckProgressText({ prompts: count, asked }: DeckProgress): string {
  // A prompt of our own that was asked and then removed still counts as asked.
  const had = Math.min(asked, count);
  if (had === 0) return t('connect.prompts.progress.none', { count });
  if (had === count) return t('connect.prompts.progress.all', { count });
  return t('connect.prompts.progress.some', { asked: had, count });
}

/** The decks as choices: name, picture and how far we are through each. */
export function deckOptions(decks: readonly DeckProgress[]): RadioOption<PromptDeck>[] {
  return decks.map((item) => ({
    value: item.deck,
    label: deckName(item.deck),
    emoji: deckEmoji[item.deck],
    description: deckProgressText(item),
  }));
}

/** The deck to offer first: the first with prompts we have not had yet, else the first. */
export function firstFreshDeck(decks: readonly DeckProgress[]): PromptDeck | undefined {
  return (decks.find((item) => item.asked < item.prompts) ?? decks[0])?.deck;
}

/**
 * Whether a round's prompt is light or deep. A round carries only its text, so it is looked up
 * among the deck's prompts and ours; unknown (a prompt of ours since removed) gives undefined.
 */
export function depthOf(
  round: Pick<PromptRound, 'deck' | 'text'>,
  own: readonly OwnPrompt[] = [],
): PromptDepth | undefined {
  const same = (prompt: { deck: PromptDeck; text: string }) =>
    prompt.deck === round.deck && prompt.text === round.text;
  return (prompts.find(same) ?? own.find(same))?.depth;
}
