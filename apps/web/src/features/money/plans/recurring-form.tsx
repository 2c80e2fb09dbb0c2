import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  expenseCategories,
  expensePrivacies,
  type ExpenseCategory,
  type ExpensePrivacy,
} from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { RadioGroup } from '../../../ui/radio-group';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { AmountField } from './amount-field';
import { readAmount } from './money-text';
import { choiceToRrule, isRepeatChoice, repeatChoices, type RepeatChoice } from './recurring-words';
import { useCreateRecurring } from './use-plans';

const fields = [
  'expense.amount',
  'expense.description',
  'expense.category',
  'expense.privacy',
  'rrule',
  'firstOn',
];

const isCategory = (value: string): value is ExpenseCategory =>
  (expenseCategories as readonly string[]).includes(value);

interface RecurringFormProps {
  spaceId: string;
  currency: string;
  today: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** A new recurring expense: how much, what for, how often from when, and who sees it. */
export function RecurringForm({ spaceId, currency, today, onSaved, onCancel }: RecurringFormProps) {
  const create = useCreateRecurring(spaceId);
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [category, setCategory] = useState<ExpenseCategory>('housing');
  const [often, setOften] = useState<RepeatChoice>('monthly');
  const [firstOn, setFirstOn] = useState(today);
  const [privacy, setPrivacy] = useState<ExpensePrivacy>('shared');
  const [amountInvalid, setAmountInvalid] = useState(false);
  const amountInput = useRef<HTMLInputElement>(null);
  const id = useId();
  // The button that opened the form is gone: carry on in its first field.
  useEffect(() => amountInput.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minor = readAmount(amount, currency);
    if (minor === null) {
      setAmountInvalid(true);
      amountInput.current?.focus();
      return;
    }
    const name = description.trim();
    create
      .mutateAsync({
        expense: { amount: minor, description: name, category, privacy },
        rrule: choiceToRrule(often),
        firstOn,
      })
      .then(
        () => onSaved(t('money.plans.recurring.added', { name })),
        () => undefined, // shown by FormError and next to the fields
      );
  };

  return (
    <form className="form" onSubmit={submit} aria-label={t('money.plans.recurring.addTitle')}>
      <FormError error={create.error} fields={fields} />
      <AmountField
        ref={amountInput}
        label={t('money.plans.amount')}
        currency={currency}
        value={amount}
        onChange={(text) => {
          setAmountInvalid(false);
          setAmount(text);
        }}
        error={
          amountInvalid
            ? t('money.plans.amountInvalid')
            : fieldError(create.error, 'expense.amount')
        }
      />
      <TextField
        label={t('money.plans.recurring.description')}
        required
        maxLength={200}
        autoComplete="off"
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        error={fieldError(create.error, 'expense.description')}
      />
      <SelectField
        label={t('money.plans.category')}
        value={category}
        onChange={(event) => {
          if (isCategory(event.target.value)) setCategory(event.target.value);
        }}
        error={fieldError(create.error, 'expense.category')}
      >
        {expenseCategories.map((value) => (
          <option key={value} value={value}>
            {t(`money.plans.category.${value}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('money.plans.recurring.often')}
        value={often}
        onChange={(event) => {
          if (isRepeatChoice(event.target.value)) setOften(event.target.value);
        }}
        error={fieldError(create.error, 'rrule')}
      >
        {repeatChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`money.plans.recurring.often.${choice}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('money.plans.recurring.firstOn')}
        hint={t('money.plans.recurring.firstOnHint')}
        type="date"
        required
        value={firstOn}
        onChange={(event) => setFirstOn(event.target.value)}
        error={fieldError(create.error, 'firstOn')}
      />
      <div className="plans-privacy">
        <RadioGroup
          legend={t('money.plans.recurring.privacy')}
          name={`${id}-privacy`}
          layout="list"
          options={expensePrivacies.map((value) => ({
            value,
            label: t(`money.plans.recurring.privacy.${value}`),
            description: t(`money.plans.recurring.privacy.${value}.hint`),
          }))}
          value={privacy}
          onChange={setPrivacy}
          error={fieldError(create.error, 'expense.privacy')}
        />
      </div>
      <FormActions
        submitLabel={t('money.plans.recurring.add')}
        busy={create.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
