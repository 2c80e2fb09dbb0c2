import { useState, type FormEvent } from 'react';
import type { Member } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { focusFirstControl } from './focus-first-control';

const fields = ['to'] as const;

interface AgendaAskFormProps {
  id: string;
  choreName: string;
  myId: string;
  members: readonly Member[];
  busy: boolean;
  error: unknown;
  onSubmit: (to: string) => void;
  onCancel: () => void;
}

/** In a household of more than two: whom to ask to take this one this time. */
export function AgendaAskForm({
  id,
  choreName,
  myId,
  members,
  busy,
  error,
  onSubmit,
  onCancel,
}: AgendaAskFormProps) {
  const others = members.filter((member) => member.userId !== myId);
  const [to, setTo] = useState(others[0]?.userId ?? '');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(to);
  };

  return (
    <form
      id={id}
      ref={focusFirstControl}
      className="form agenda-form"
      aria-label={t('chores.agenda.ask.form', { chore: choreName })}
      onSubmit={submit}
    >
      <FormError error={error} fields={fields} />
      <SelectField
        label={t('chores.agenda.ask.who')}
        value={to}
        required
        onChange={(event) => setTo(event.target.value)}
        error={fieldError(error, 'to')}
      >
        {others.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.displayName}
          </option>
        ))}
      </SelectField>
      <FormActions submitLabel={t('chores.agenda.ask.send')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
