import { useEffect, useRef } from 'react';
import { errorMessage, otherFieldIssues } from '../lib/api/error-message';
import { Alert } from './alert';

interface FormErrorProps {
  error: unknown;
  /** Fields the form shows errors next to; problems with any other field are listed here. */
  fields?: readonly string[];
}

/**
 * The reason a request failed, above the form; nothing when there is no error. When the server
 * named fields, focus goes to the first one marked invalid, whose message is read out with it.
 */
export function FormError({ error, fields = [] }: FormErrorProps) {
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const invalid = alert.current
      ?.closest('form')
      ?.querySelector<HTMLElement>('[aria-invalid="true"]');
    // A radio group is marked on its fieldset; the radio to land on is the chosen or the first.
    const target =
      invalid instanceof HTMLFieldSetElement
        ? (invalid.querySelector<HTMLElement>('input:checked') ?? invalid.querySelector('input'))
        : invalid;
    target?.focus();
  }, [error]);

  if (!error) return null;
  const others = otherFieldIssues(error, fields);
  return (
    <Alert tone="error" ref={alert}>
      <p>{errorMessage(error)}</p>
      {others.length > 0 ? (
        <ul className="alert__list">
          {others.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
