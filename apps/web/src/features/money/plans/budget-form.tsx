import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExpenseCategory } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Checkbox } from '../../../ui/checkbox';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { SelectField } from '../../../ui/select-field';
import { AmountField } from './amount-field';
import type { BudgetLine } from './budget-words';
import { amountForField, readAmount } from './money-text';
import { useSaveBudget } from './use-plans';

interface BudgetFormProps {
  spaceId: string;
  currency: string;
  /** The budget to change; without one, a new one for one of `free`. */
  budget?: BudgetLine | undefined;
  /** The categories with no budget yet, to pick from for a new one. */
  free: readonly ExpenseCategory[];
  label: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A category's monthly limit and whether what is left (or overspent) rolls over. */
export function BudgetForm({
  spaceId,
  currency,
  budget,
  free,
  label,
  onSaved,
  onCancel,
}: BudgetFormProps) {
  const save = useSaveBudget(spaceId);
  const [category, setCategory] = useState<ExpenseCategory | undefined>(
    budget?.category ?? free[0],
  );
  const [limit, setLimit] = useState(() =>
    budget ? amountForField(budget.monthlyLimit, currency) : '',
  );
  const [rollover, setRollover] = useState(budget?.rollover ?? false);
  const [limitInvalid, setLimitInvalid] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const limitInput = useRef<HTMLInputElement>(null);
  // The button that opened the form is gone: carry on in its first field.
  useEffect(() => form.current?.querySelector<HTMLElement>('select, input')?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const monthlyLimit = readAmount(limit, currency);
    if (monthlyLimit === null) {
      setLimitInvalid(true);
      limitInput.current?.focus();
      return;
    }
    if (!category) return;
    const name = t(`money.plans.category.${category}`);
    save.mutateAsync({ category, monthlyLimit, rollover }).then(
      () =>
        onSaved(
          t(budget ? 'money.plans.budgets.saved' : 'money.plans.budgets.added', {
            category: name,
          }),
        ),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  return (
    <form ref={form} className="form plans-inline-form" onSubmit={submit} aria-label={label}>
      <FormError error={save.error} fields={['monthlyLimit', 'rollover']} />
      {budget ? null : (
        <SelectField
          label={t('money.plans.category')}
          value={category}
          onChange={(event) => {
            const picked = free.find((value) => value === event.target.value);
            if (picked) setCategory(picked);
          }}
        >
          {free.map((value) => (
            <option key={value} value={value}>
              {t(`money.plans.category.${value}`)}
            </option>
          ))}
        </SelectField>
      )}
      <AmountField
        ref={limitInput}
        label={t('money.plans.budgets.limit')}
        currency={currency}
        value={limit}
        onChange={(text) => {
          setLimitInvalid(false);
          setLimit(text);
        }}
        error={
          limitInvalid ? t('money.plans.amountInvalid') : fieldError(save.error, 'monthlyLimit')
        }
      />
      <Checkbox
        label={t('money.plans.budgets.rollover')}
        hint={t('money.plans.budgets.rolloverHint')}
        checked={rollover}
        onChange={(event) => setRollover(event.target.checked)}
      />
      <FormActions
        submitLabel={t(budget ? 'money.plans.budgets.save' : 'money.plans.budgets.add')}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
