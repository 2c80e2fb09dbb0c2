import type { ReactNode } from 'react';

/** The ids an input points at with `aria-describedby`, in reading order. */
export function describedBy(id: string, hint?: ReactNode, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Rendered after the control, e.g. a character counter. */
  after?: ReactNode;
  children: ReactNode;
}

/** A label, an optional hint, the control and its error, wired together for screen readers. */
export function Field({ id, label, hint, error, after, children }: FieldProps) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      {after}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** A control's error, where `describedBy` points; nothing when there is none. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p className="field__error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
}
