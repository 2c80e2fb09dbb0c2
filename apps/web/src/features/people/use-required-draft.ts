import { useState, type FormEvent } from 'react';

/**
 * A form's draft with one field that must not be left blank: `submit` hands the draft on, or
 * marks that field missing and puts the focus in it (its element is named after it); typing in
 * it clears the mark.
 */
export function useRequiredDraft<D extends Record<K, string>, K extends keyof D & string>(
  initial: D,
  required: K,
  onSave: (draft: D) => void,
) {
  const [draft, setDraft] = useState(initial);
  const [missing, setMissing] = useState(false);
  const change = (next: Partial<D>) => {
    setDraft((current) => ({ ...current, ...next }));
    if (required in next) setMissing(false);
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft[required].trim() === '') {
      setMissing(true);
      event.currentTarget.querySelector<HTMLElement>(`[name="${required}"]`)?.focus();
      return;
    }
    onSave(draft);
  };
  return { draft, change, missing, submit };
}
