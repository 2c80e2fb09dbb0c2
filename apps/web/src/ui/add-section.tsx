import { useId, useState, type ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';

interface AddSectionProps {
  /** The button that opens the form, and the form's heading. */
  openLabel: string;
  title: string;
  /** The heading's level where the section sits on its page. */
  level: 2 | 3;
  className: string;
  /** The form: `saved` closes it with a message, `cancel` closes it without. */
  form: (done: { saved: (message: string) => void; cancel: () => void }) => ReactNode;
}

/**
 * "Add …" behind one button: the form opens in place, and closing it — saved or not — brings
 * focus back to the button, with what was saved said once.
 */
export function AddSection({ openLabel, title, level, className, form }: AddSectionProps) {
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<{ message: string; key: number }>();
  // Closing the form, saved or not, puts focus back on the button it opened from.
  const [refocus, setRefocus] = useState(false);
  const titleId = useId();
  const backToButton = () => setRefocus(true);
  const Heading = level === 2 ? 'h2' : 'h3';
  const saved = (message: string) => {
    setAdding(false);
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    backToButton();
  };
  const cancel = () => {
    setAdding(false);
    backToButton();
  };

  return (
    <div className={className}>
      {adding ? (
        <section className="card" aria-labelledby={titleId}>
          <Heading id={titleId}>{title}</Heading>
          {form({ saved, cancel })}
        </section>
      ) : (
        <Button
          autoFocus={refocus}
          className={`${className}__open`}
          onClick={() => {
            setStatus(undefined);
            setAdding(true);
          }}
        >
          {openLabel}
        </Button>
      )}
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
    </div>
  );
}
