import { useState, type FormEvent } from 'react';
import { promptDecks, type PromptDeck, type PromptDepth } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField } from '../../../ui/select-field';
import { TextArea } from '../../../ui/text-area';
import { deckName } from './deck-words';
import { useAddOwnPrompt } from './use-prompts';

const OWN_PROMPT_MAX = 200;
const depths: readonly PromptDepth[] = ['light', 'deep'];
const depthOptions = depths.map((depth) => ({
  value: depth,
  label: t(`connect.prompts.depth.${depth}`),
  description: t(`connect.prompts.own.depth.${depth}Hint`),
}));
const isDeck = (value: string): value is PromptDeck =>
  (promptDecks as readonly string[]).includes(value);

interface OwnPromptFormProps {
  spaceId: string;
  /** After adding, with a sentence saying where it went. */
  onAdded: (message: string) => void;
  onCancel: () => void;
}

/** A question of our own: its deck, light or deep, and the question itself. */
export function OwnPromptForm({ spaceId, onAdded, onCancel }: OwnPromptFormProps) {
  const [deck, setDeck] = useState<PromptDeck>(promptDecks[0]);
  const [depth, setDepth] = useState<PromptDepth>('light');
  const [text, setText] = useState('');
  const add = useAddOwnPrompt(spaceId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutateAsync({ deck, depth, text }).then(
      () => onAdded(t('connect.prompts.own.added', { deck: deckName(deck) })),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  return (
    <form
      className="form prompt-own-form"
      onSubmit={submit}
      aria-label={t('connect.prompts.own.formTitle')}
    >
      <FormError error={add.error} fields={['deck', 'depth', 'text']} />
      <TextArea
        label={t('connect.prompts.own.text')}
        name="text"
        required
        rows={2}
        maxLength={OWN_PROMPT_MAX}
        // The button that opened the form is gone: carry on in its first field.
        autoFocus
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={fieldError(add.error, 'text')}
      />
      <SelectField
        label={t('connect.prompts.own.deck')}
        name="deck"
        value={deck}
        onChange={(event) => {
          if (isDeck(event.target.value)) setDeck(event.target.value);
        }}
        error={fieldError(add.error, 'deck')}
      >
        {promptDecks.map((option) => (
          <option key={option} value={option}>
            {deckName(option)}
          </option>
        ))}
      </SelectField>
      <RadioGroup<PromptDepth>
        legend={t('connect.prompts.own.depth')}
        name="depth"
        layout="list"
        options={depthOptions}
        value={depth}
        onChange={setDepth}
        error={fieldError(add.error, 'depth')}
      />
      <FormActions
        submitLabel={t('connect.prompts.own.add')}
        busy={add.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
