import { useId, useState, type FormEvent } from 'react';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { describedBy, FieldError } from '../../../ui/field';
import { measureDraft, type TextMove } from './talk-moves';

const words = {
  speak: {
    label: 'connect.talk.compose.speak.label',
    hint: 'connect.talk.compose.speak.hint',
    submit: 'connect.talk.compose.speak.submit',
  },
  paraphrase: {
    label: 'connect.talk.compose.paraphrase.label',
    hint: 'connect.talk.compose.paraphrase.hint',
    submit: 'connect.talk.compose.paraphrase.submit',
  },
  correct: {
    label: 'connect.talk.compose.correct.label',
    hint: 'connect.talk.compose.correct.hint',
    submit: 'connect.talk.compose.correct.submit',
  },
  idea: {
    label: 'connect.talk.compose.idea.label',
    hint: 'connect.talk.compose.idea.hint',
    submit: 'connect.talk.compose.idea.submit',
  },
} as const satisfies Record<TextMove, Record<'label' | 'hint' | 'submit', string>>;

interface TalkComposerProps {
  kind: TextMove;
  /** Kept by the screen, so nothing typed is lost when a move is refused or the step changes. */
  draft: string;
  onDraft: (text: string) => void;
  onSubmit: (text: string) => void;
  busy: boolean;
  disabled: boolean;
  /** The server's word on the text itself, when it named it. */
  error: string | undefined;
}

/**
 * The text box for the one move with words open to me now: its label and button say which
 * ("Say it", "Say back what you heard" …). A live count, and a gentle hint past the length
 * that is easy to take in at once.
 */
export function TalkComposer({
  kind,
  draft,
  onDraft,
  onSubmit,
  busy,
  disabled,
  error,
}: TalkComposerProps) {
  const id = useId();
  const [empty, setEmpty] = useState(false);
  const measure = measureDraft(draft);
  const shownError = empty ? t('connect.talk.compose.empty') : error;
  const label = t(words[kind].label);
  const hint = t(words[kind].hint);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (measure.empty) {
      setEmpty(true);
      return;
    }
    onSubmit(draft.trim());
  };

  return (
    <form className="form talk-composer" onSubmit={submit} noValidate>
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
        <textarea
          id={id}
          className="input input--multiline talk-composer__text"
          name="text"
          rows={4}
          maxLength={measure.max}
          value={draft}
          onChange={(event) => {
            onDraft(event.target.value);
            setEmpty(false);
          }}
          aria-invalid={shownError ? true : undefined}
          aria-describedby={[describedBy(id, hint, shownError), `${id}-count`].join(' ')}
        />
        <div className="talk-composer__meta">
          {/* Polite, and only when it has something to say: not on every keystroke. */}
          <p className="talk-composer__long" role="status">
            {measure.long ? t('connect.talk.compose.long') : ''}
          </p>
          <p className="field__counter" id={`${id}-count`}>
            {t('common.counter', { count: measure.count, max: measure.max })}
          </p>
        </div>
        <FieldError id={id} error={shownError} />
      </div>
      <Button type="submit" busy={busy} disabled={disabled} className="talk-composer__submit">
        {t(words[kind].submit)}
      </Button>
    </form>
  );
}
