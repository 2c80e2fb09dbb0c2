import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';
import { t } from '../lib/i18n';
import { describedBy, Field } from './field';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value'> {
  label: string;
  value: string;
  hint?: ReactNode;
  error?: string | undefined;
}

/** A textarea with a visible character count when it has a `maxLength`. */
export function TextArea({ label, hint, error, value, maxLength, ...rest }: TextAreaProps) {
  const id = useId();
  const counter =
    maxLength === undefined ? null : (
      <p className="field__counter" aria-hidden="true">
        {t('common.counter', { count: value.length, max: maxLength })}
      </p>
    );
  return (
    <Field id={id} label={label} hint={hint} error={error} after={counter}>
      <textarea
        id={id}
        className="input input--multiline"
        value={value}
        maxLength={maxLength}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        {...rest}
      />
    </Field>
  );
}
