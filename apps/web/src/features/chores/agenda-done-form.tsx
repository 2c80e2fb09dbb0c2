import { useState, type FormEvent } from 'react';
import type { Member } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { focusFirstControl } from './focus-first-control';
import type { AgendaAction } from './schedule-api';

const NOTE_MAX = 280;
const fields = ['actualMinutes', 'note', 'doneBy'] as const;

interface AgendaDoneFormProps {
  id: string;
  choreName: string;
  myId: string;
  members: readonly Member[];
  busy: boolean;
  error: unknown;
  onSubmit: (action: AgendaAction) => void;
  onCancel: () => void;
}

/** "Done", with how long it really took and a note: what the fairness over time is made of. */
export function AgendaDoneForm({
  id,
  choreName,
  myId,
  members,
  busy,
  error,
  onSubmit,
  onCancel,
}: AgendaDoneFormProps) {
  const [minutes, setMinutes] = useState('');
  const [note, setNote] = useState('');
  const [doneBy, setDoneBy] = useState(myId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({
      kind: 'done',
      ...(minutes.trim() === '' ? {} : { actualMinutes: Number(minutes) }),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
      // Left out when it was me, which is what the server assumes.
      ...(doneBy === myId ? {} : { doneBy }),
    });
  };

  return (
    <form
      id={id}
      ref={focusFirstControl}
      className="form agenda-form"
      aria-label={t('chores.agenda.details.form', { name: choreName })}
      onSubmit={submit}
    >
      <FormError error={error} fields={fields} />
      <TextField
        label={t('chores.agenda.details.minutes')}
        hint={t('common.optional')}
        type="number"
        inputMode="numeric"
        min={0}
        max={24 * 60}
        step={1}
        value={minutes}
        onChange={(event) => setMinutes(event.target.value)}
        error={fieldError(error, 'actualMinutes')}
      />
      <TextArea
        label={t('chores.agenda.details.note')}
        hint={t('common.optionalUpTo', { max: NOTE_MAX })}
        maxLength={NOTE_MAX}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError(error, 'note')}
      />
      {members.length > 1 ? (
        <SelectField
          label={t('chores.agenda.details.doneBy')}
          value={doneBy}
          onChange={(event) => setDoneBy(event.target.value)}
          error={fieldError(error, 'doneBy')}
        >
          {members.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.userId === myId ? t('chores.agenda.details.me') : member.displayName}
            </option>
          ))}
        </SelectField>
      ) : null}
      <div className="button-row">
        <Button
          type="submit"
          busy={busy}
          aria-label={t('chores.agenda.details.saveLabel', { name: choreName })}
        >
          {t('chores.agenda.details.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
