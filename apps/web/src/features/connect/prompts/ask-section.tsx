import { useState, type FormEvent } from 'react';
import type { PromptDeck, PromptRound } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { cx } from '../../../ui/class-names';
import { FormError } from '../../../ui/form-error';
import { RadioGroup } from '../../../ui/radio-group';
import { deckOptions, firstFreshDeck } from './deck-words';
import type { DeckProgress } from './prompts-api';
import { isStillOpen } from './round-list';
import { useAskPrompt } from './use-prompts';

interface AskSectionProps {
  spaceId: string;
  decks: readonly DeckProgress[];
  rounds: readonly PromptRound[];
  /** A prompt is on the page above this section; the heading says "another" then. */
  first: boolean;
  /** The prompt asked, and whether it is one we already had open rather than a new one. */
  onAsked: (round: PromptRound, stillOpen: boolean) => void;
}

/** The decks, with how far we are through each, and "Ask a prompt". */
export function AskSection({ spaceId, decks, rounds, first, onAsked }: AskSectionProps) {
  const [picked, setPicked] = useState<PromptDeck>();
  const deck = picked ?? firstFreshDeck(decks);
  const ask = useAskPrompt(spaceId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!deck) return;
    const before = rounds;
    // Resolves once the list is fetched again, so the prompt is on the page when focus goes to it.
    ask.mutateAsync(deck).then(
      (round) => onAsked(round, isStillOpen(before, round)),
      () => undefined, // shown by FormError
    );
  };

  return (
    <section className={cx('section', first && 'section--first')} aria-labelledby="ask-title">
      <h2 id="ask-title">
        {first ? t('connect.prompts.ask.title') : t('connect.prompts.ask.anotherTitle')}
      </h2>
      <form className="form prompt-ask" onSubmit={submit}>
        <FormError error={ask.error} fields={['deck']} />
        <RadioGroup<PromptDeck>
          legend={t('connect.prompts.ask.deck')}
          name="deck"
          layout="list"
          required
          options={deckOptions(decks)}
          value={deck}
          onChange={setPicked}
          error={fieldError(ask.error, 'deck')}
        />
        <div className="button-row">
          <Button type="submit" busy={ask.isPending}>
            {t('connect.prompts.ask.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
