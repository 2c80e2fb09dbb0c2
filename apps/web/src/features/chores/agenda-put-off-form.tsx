import { useState, type FormEvent } from 'react';
import { fieldError } from '../../lib/api/error-message';
import { format, t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import { quickPutOffDays, type PutOffRange } from './agenda-view';
import { focusFirstControl } from './focus-first-control';

const fields = ['until'] as const;

interface AgendaPutOffFormProps {
  id: string;
  choreName: string;
  today: string;
  range: PutOffRange;
  /** The day it is being put off to, while that is being saved. */
  busyUntil: string | undefined;
  error: unknown;
  onSubmit: (until: string) => void;
  onCancel: () => void;
}

/** Put this one off: a tap for the usual days, or any day it may move to. */
export function AgendaPutOffForm({
  id,
  choreName,
  today,
  range,
  busyUntil,
  error,
  onSubmit,
  onCancel,
}: AgendaPutOffFormProps) {
  const [day, setDay] = useState('');
  const quick = quickPutOffDays(range, today, choreName);
  const saving = busyUntil !== undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(day);
  };

  return (
    <form
      id={id}
      ref={focusFirstControl}
      className="form agenda-form"
      aria-label={t('chores.agenda.putOff.form', { name: choreName })}
      onSubmit={submit}
    >
      <FormError error={error} fields={fields} />
      {quick.length > 0 ? (
        <div className="button-row">
          {quick.map((choice) => (
            <Button
              key={choice.day}
              variant="secondary"
              busy={busyUntil === choice.day}
              disabled={saving}
              aria-label={choice.accessibleLabel}
              onClick={() => onSubmit(choice.day)}
            >
              {choice.label}
            </Button>
          ))}
        </div>
      ) : null}
      <TextField
        label={t('chores.agenda.putOff.day')}
        hint={t('chores.agenda.putOff.dayHint', { day: format.shortDay(range.last) })}
        type="date"
        required
        min={range.first}
        max={range.last}
        value={day}
        onChange={(event) => setDay(event.target.value)}
        error={fieldError(error, 'until')}
      />
      <div className="button-row">
        <Button type="submit" busy={saving && busyUntil === day} disabled={saving}>
          {t('chores.agenda.putOff.save')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
