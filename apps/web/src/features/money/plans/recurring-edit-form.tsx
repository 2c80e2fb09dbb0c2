import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { RecurringExpense } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { TextField } from '../../../ui/text-field';
import { AmountField } from './amount-field';
import { amountForField, readAmount } from './money-text';
import type { RecurringChanges } from './plans-api';
import { useUpdateRecurring } from './use-plans';

interface RecurringEditFormProps {
  spaceId: string;
  recurring: RecurringExpense;
  /** Its name, as the list shows it. */
  name: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A new amount (from the next date on) or what it is for; only what changed is sent. */
export function RecurringEditForm({
  spaceId,
  recurring,
  name,
  onSaved,
  onCancel,
}: RecurringEditFormProps) {
  const update = useUpdateRecurring(spaceId, recurring.id);
  const { currency } = recurring;
  const [amount, setAmount] = useState(() => amountForField(recurring.amount, currency));
  const [description, setDescription] = useState(recurring.description ?? '');
  const [amountInvalid, setAmountInvalid] = useState(false);
  const amountInput = useRef<HTMLInputElement>(null);
  useEffect(() => amountInput.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minor = readAmount(amount, currency);
    if (minor === null) {
      setAmountInvalid(true);
      amountInput.current?.focus();
      return;
    }
    const changes: RecurringChanges = {};
    if (minor !== recurring.amount) changes.amount = minor;
    const text = description.trim();
    if (recurring.description !== null && text !== recurring.description) {
      changes.description = text;
    }
    const newName = changes.description ?? name;
    const request =
      Object.keys(changes).length > 0 ? update.mutateAsync(changes) : Promise.resolve();
    request.then(
      () => onSaved(t('money.plans.recurring.saved', { name: newName })),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  return (
    <form
      className="form plans-inline-form"
      onSubmit={submit}
      aria-label={t('money.plans.recurring.changeLabel', { name })}
    >
      <FormError error={update.error} fields={['amount', 'description']} />
      <AmountField
        ref={amountInput}
        label={t('money.plans.amount')}
        currency={currency}
        hint={t('money.plans.recurring.amountFromNext')}
        value={amount}
        onChange={(text) => {
          setAmountInvalid(false);
          setAmount(text);
        }}
        error={amountInvalid ? t('money.plans.amountInvalid') : fieldError(update.error, 'amount')}
      />
      {/* What an amount-only one of someone else's is for is not ours to see, nor to change. */}
      {recurring.description !== null ? (
        <TextField
          label={t('money.plans.recurring.description')}
          required
          maxLength={200}
          autoComplete="off"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={fieldError(update.error, 'description')}
        />
      ) : null}
      <FormActions
        submitLabel={t('money.plans.recurring.save')}
        busy={update.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
