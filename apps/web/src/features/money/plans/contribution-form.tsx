import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Member, SavingsGoal } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { SelectField } from '../../../ui/select-field';
import { AmountField } from './amount-field';
import { nameOrYou } from './member-words';
import { formatMoney, readAmount } from './money-text';
import { useContribute } from './use-plans';

interface ContributionFormProps {
  spaceId: string;
  goal: SavingsGoal;
  myId: string;
  members: readonly Member[];
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Money put into a goal (or, with a minus sign, taken out), by me or by whoever put it in. */
export function ContributionForm({
  spaceId,
  goal,
  myId,
  members,
  onSaved,
  onCancel,
}: ContributionFormProps) {
  const add = useContribute(spaceId, goal.id);
  const [amount, setAmount] = useState('');
  const [userId, setUserId] = useState(myId);
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  // Me first, then everyone else in the space.
  const people = [
    ...members.filter((m) => m.userId === myId),
    ...members.filter((m) => m.userId !== myId),
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minor = readAmount(amount, goal.currency, { positive: false });
    if (minor === null) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    const vars = { amount: formatMoney(Math.abs(minor), goal.currency), name: goal.name };
    add.mutateAsync({ amount: minor, userId }).then(
      () =>
        onSaved(
          minor > 0
            ? t('money.plans.goals.moneyAdded', vars)
            : t('money.plans.goals.moneyTaken', vars),
        ),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  return (
    <form
      className="form plans-inline-form"
      onSubmit={submit}
      aria-label={t('money.plans.goals.addMoneyLabel', { name: goal.name })}
    >
      <FormError error={add.error} fields={['amount', 'userId']} />
      <AmountField
        ref={input}
        label={t('money.plans.amount')}
        currency={goal.currency}
        hint={t('money.plans.goals.moneyAmountHint', { currency: goal.currency })}
        value={amount}
        onChange={(text) => {
          setInvalid(false);
          setAmount(text);
        }}
        error={
          invalid ? t('money.plans.goals.moneyAmountInvalid') : fieldError(add.error, 'amount')
        }
      />
      {people.length > 1 ? (
        <SelectField
          label={t('money.plans.goals.who')}
          value={userId}
          onChange={(event) => setUserId(event.target.value)}
          error={fieldError(add.error, 'userId')}
        >
          {people.map((member) => (
            <option key={member.userId} value={member.userId}>
              {nameOrYou(members, myId, member.userId)}
            </option>
          ))}
        </SelectField>
      ) : null}
      <FormActions
        submitLabel={t('money.plans.goals.addMoney')}
        busy={add.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
