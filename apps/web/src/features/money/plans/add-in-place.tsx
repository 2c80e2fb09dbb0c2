import { useRef, type ReactNode } from 'react';
import { Button } from '../../../ui/button';

interface FormDone {
  onSaved: (message: string) => void;
  onCancel: () => void;
}

interface AddInPlaceProps {
  /** Whether the form is open; the section holds it, so it outlives a refetch of the list. */
  adding: boolean;
  onAddingChange: (adding: boolean) => void;
  title: string;
  openLabel: string;
  /** As the form opens: the section's last announcement no longer applies. */
  onOpen: () => void;
  /** With the form's message, once it saved and closed. */
  onSaved: (message: string) => void;
  form: (done: FormDone) => ReactNode;
}

/**
 * The "Add …" button every plans section has, which opens its form in a card in its place.
 * Shared so that cancelling always closes the card and gives focus back to the button.
 */
export function AddInPlace({
  adding,
  onAddingChange,
  title,
  openLabel,
  onOpen,
  onSaved,
  form,
}: AddInPlaceProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  const saved = (message: string) => {
    onAddingChange(false);
    onSaved(message);
  };
  const cancelled = () => {
    onAddingChange(false);
    requestAnimationFrame(() => addButton.current?.focus());
  };

  if (adding) return <FormCard title={title} form={form} onSaved={saved} onCancel={cancelled} />;
  return (
    <div className="button-row plans-add">
      <Button
        ref={addButton}
        variant="secondary"
        onClick={() => {
          onOpen();
          onAddingChange(true);
        }}
      >
        {openLabel}
      </Button>
    </div>
  );
}

/** A component of its own so that `form` is called with props, not with closures over the ref. */
function FormCard({
  title,
  form,
  ...done
}: FormDone & { title: string; form: AddInPlaceProps['form'] }) {
  return (
    <div className="card plans-form-card">
      <h3>{title}</h3>
      {form(done)}
    </div>
  );
}
