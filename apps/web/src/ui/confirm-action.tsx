import { useCallback, useId, useState } from 'react';
import { Button, type ButtonVariant } from './button';

interface ConfirmActionProps {
  label: string;
  /** The trigger's full name when `label` alone is ambiguous (one "Remove" per row). */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  variant?: ButtonVariant;
}

/**
 * A destructive action behind a second, explicit step. The trigger is replaced by the question
 * so there is only ever one button that does the thing; focus moves with it.
 */
export function ConfirmAction({
  label,
  accessibleLabel,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  busy = false,
  variant = 'danger',
}: ConfirmActionProps) {
  const [step, setStep] = useState<'idle' | 'confirming' | 'cancelled'>('idle');
  const questionId = useId();
  // Stable, so React calls it once when the button appears rather than on every render.
  const focusOnMount = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);

  if (step !== 'confirming') {
    return (
      <Button
        variant={variant === 'danger' ? 'secondary' : variant}
        onClick={() => setStep('confirming')}
        aria-label={accessibleLabel}
        ref={step === 'cancelled' ? focusOnMount : undefined}
      >
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId}>
      <p className="confirm__question" id={questionId}>
        {question}
      </p>
      <div className="button-row">
        <Button variant={variant} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="quiet" onClick={() => setStep('cancelled')} ref={focusOnMount}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
