import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { AmountField } from './amount-field';
import { amountForField, readAmount } from './money-text';
import { useSaveAllowance } from './use-plans';

interface AllowanceFormProps {
  spaceId: string;
  currency: string;
  /** My allowance now, in minor units; null when I have none yet. */
  current: number | null;
  onSaved: (message: string) => void;
  /** Only when there is something to go back to. */
  onCancel?: (() => void) | undefined;
}

/** My monthly allowance: set it, or change it. */
export function AllowanceForm({
  spaceId,
  currency,
  current,
  onSaved,
  onCancel,
}: AllowanceFormProps) {
  const save = useSaveAllowance(spaceId);
  const [amount, setAmount] = useState(() =>
    current === null ? '' : amountForField(current, currency),
  );
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // Opened by "Change", whose button is gone: carry on here. A first one waits to be found.
  const [focusOnOpen] = useState(onCancel !== undefined);
  useEffect(() => {
    if (focusOnOpen) input.current?.focus();
  }, [focusOnOpen]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minor = readAmount(amount, currency);
    if (minor === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    save.mutateAsync(minor).then(
      () => onSaved(t('money.plans.allowances.saved')),
      () => undefined, // shown by FormError and next to the field
    );
  };

  return (
    <form
      className="form plans-inline-form"
      onSubmit={submit}
      aria-label={t(
        current === null ? 'money.plans.allowances.set' : 'money.plans.allowances.changeLabel',
      )}
    >
      <FormError error={save.error} fields={['monthlyAmount']} />
      <AmountField
        ref={input}
        label={t('money.plans.allowances.amount')}
        currency={currency}
        value={amount}
        onChange={(text) => {
          setInvalid(false);
          setAmount(text);
        }}
        error={invalid ? t('money.plans.amountInvalid') : fieldError(save.error, 'monthlyAmount')}
      />
      <FormActions
        submitLabel={t(
          current === null ? 'money.plans.allowances.set' : 'money.plans.allowances.save',
        )}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
