import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SavingsGoal } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { TextField } from '../../../ui/text-field';
import { AmountField } from './amount-field';
import { amountForField, readAmount } from './money-text';
import type { GoalFields } from './plans-api';
import { useCreateGoal, useUpdateGoal } from './use-plans';

interface GoalFormProps {
  spaceId: string;
  currency: string;
  /** The goal to change; without one, the form adds a new one. */
  goal?: SavingsGoal | undefined;
  label: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Only what changed, so a name edit never touches the target. */
function changes(goal: SavingsGoal, fields: GoalFields): Partial<GoalFields> {
  const patch: Partial<GoalFields> = {};
  if (fields.name !== goal.name) patch.name = fields.name;
  if (fields.target !== goal.target) patch.target = fields.target;
  if (fields.targetOn !== goal.targetOn) patch.targetOn = fields.targetOn;
  return patch;
}

/** A savings goal: its name, how much, and by when if there is a date in mind. */
export function GoalForm({ spaceId, currency, goal, label, onSaved, onCancel }: GoalFormProps) {
  const create = useCreateGoal(spaceId);
  const update = useUpdateGoal(spaceId, goal?.id ?? '');
  const save = goal ? update : create;
  const [name, setName] = useState(goal?.name ?? '');
  const [target, setTarget] = useState(() => (goal ? amountForField(goal.target, currency) : ''));
  const [targetOn, setTargetOn] = useState(goal?.targetOn ?? '');
  const [targetInvalid, setTargetInvalid] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const targetInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minor = readAmount(target, currency);
    if (minor === null) {
      setTargetInvalid(true);
      targetInput.current?.focus();
      return;
    }
    const fields: GoalFields = {
      name: name.trim(),
      target: minor,
      targetOn: targetOn === '' ? null : targetOn,
    };
    let request: Promise<unknown>;
    if (goal) {
      const patch = changes(goal, fields);
      request = Object.keys(patch).length > 0 ? update.mutateAsync(patch) : Promise.resolve();
    } else {
      request = create.mutateAsync(fields);
    }
    request.then(
      () =>
        onSaved(
          t(goal ? 'money.plans.goals.saved' : 'money.plans.goals.added', {
            name: fields.name,
          }),
        ),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  return (
    <form className="form plans-inline-form" onSubmit={submit} aria-label={label}>
      <FormError error={save.error} fields={['name', 'target', 'targetOn']} />
      <TextField
        ref={nameInput}
        label={t('money.plans.goals.name')}
        required
        maxLength={80}
        autoComplete="off"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={fieldError(save.error, 'name')}
      />
      <AmountField
        ref={targetInput}
        label={t('money.plans.goals.target')}
        currency={currency}
        value={target}
        onChange={(text) => {
          setTargetInvalid(false);
          setTarget(text);
        }}
        error={targetInvalid ? t('money.plans.amountInvalid') : fieldError(save.error, 'target')}
      />
      <TextField
        label={t('money.plans.goals.targetOn')}
        hint={t('money.plans.goals.targetOnHint')}
        type="date"
        value={targetOn}
        onChange={(event) => setTargetOn(event.target.value)}
        error={fieldError(save.error, 'targetOn')}
      />
      <FormActions
        submitLabel={t(goal ? 'money.plans.goals.save' : 'money.plans.goals.add')}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
