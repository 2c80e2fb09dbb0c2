import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';

interface ShortTextFormProps {
  label: string;
  hint?: string;
  buttonLabel: string;
  maxLength: number;
  /** Said when the field is sent empty. */
  missing: string;
  /** Said, politely, once the text is on screen. */
  sent: string;
  multiline?: boolean;
  busy: boolean;
  error: unknown;
  send: (text: string) => Promise<unknown>;
}

/** One field and one button — a step, a note, encouragement — emptied once it is sent. */
export function ShortTextForm({
  label,
  hint,
  buttonLabel,
  maxLength,
  missing,
  sent,
  multiline = false,
  busy,
  error,
  send,
}: ShortTextFormProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string>();
  const [sentCount, setSentCount] = useState(0);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (trimmed === '') {
      setProblem(missing);
      return;
    }
    setProblem(undefined);
    setSentCount(0);
    send(trimmed).then(
      () => {
        setText('');
        setSentCount((count) => count + 1);
      },
      () => undefined, // shown by FormError
    );
  };

  const fieldProps = {
    label,
    hint,
    value: text,
    maxLength,
    name: 'text',
    error: problem ?? fieldError(error, 'text'),
    onChange: (event: { target: { value: string } }) => {
      setText(event.target.value);
      setProblem(undefined);
    },
  };

  return (
    <form className="form growth-short-form" onSubmit={submit} noValidate>
      <FormError error={error} fields={['text']} />
      {multiline ? <TextArea {...fieldProps} rows={2} /> : <TextField {...fieldProps} />}
      <div className="button-row">
        <Button type="submit" variant="secondary" busy={busy}>
          {buttonLabel}
        </Button>
      </div>
      {sentCount > 0 ? (
        <Alert key={sentCount} tone="success">
          {sent}
        </Alert>
      ) : null}
    </form>
  );
}
