import { useState, type FormEvent } from 'react';
import type { PromptRound } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { TextArea } from '../../../ui/text-area';
import { useAnswerPrompt } from './use-prompts';

const ANSWER_MAX = 2000;

interface AnswerFormProps {
  spaceId: string;
  round: PromptRound;
  /** My saved answer when changing it; empty for a first answer. */
  initialText: string;
  /** Until when it can change, or that saving it reveals everyone's answers. */
  hint: string;
  onSaved: () => void;
  /** Only when changing an answer: a first answer has nothing to go back to. */
  onCancel?: (() => void) | undefined;
}

/** "Your answer": written alone, sealed to the others until everyone has answered. */
export function AnswerForm({
  spaceId,
  round,
  initialText,
  hint,
  onSaved,
  onCancel,
}: AnswerFormProps) {
  const [text, setText] = useState(initialText);
  const save = useAnswerPrompt(spaceId, round.id, { onSuccess: onSaved });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(text);
  };

  return (
    <form className="form prompt-answer-form" onSubmit={submit}>
      <FormError error={save.error} fields={['text']} />
      <TextArea
        label={t('connect.prompts.answer.label')}
        hint={hint}
        name="answer"
        required
        rows={4}
        maxLength={ANSWER_MAX}
        // Changing an answer: the button that opened the form is gone, so carry on here.
        autoFocus={onCancel !== undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={fieldError(save.error, 'text')}
      />
      <FormActions
        submitLabel={t('connect.prompts.answer.save')}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
