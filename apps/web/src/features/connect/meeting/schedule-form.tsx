import { useState, type FormEvent } from 'react';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { FormActions } from '../../../ui/form-actions';
import { FormError } from '../../../ui/form-error';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import type { MeetingSettings } from './meeting-api';
import {
  scheduleFormValues,
  settingsBody,
  weekdayName,
  weekdays,
  type ScheduleForm as Values,
} from './schedule-words';
import { focusField } from './focus-field';
import { useSaveMeetingSettings } from './use-meeting';

interface ScheduleFormProps {
  spaceId: string;
  settings: MeetingSettings;
  timeZone: string;
  onSaved: () => void;
  /** Only when changing a time already picked. */
  onCancel: (() => void) | undefined;
}

/** A weekday and a time on my clock; the server keeps them with my time zone. */
export function ScheduleForm({
  spaceId,
  settings,
  timeZone,
  onSaved,
  onCancel,
}: ScheduleFormProps) {
  const save = useSaveMeetingSettings(spaceId);
  const [values, setValues] = useState<Values>(() => scheduleFormValues(settings, timeZone));
  const [problem, setProblem] = useState<'weekday' | 'time'>();

  const change = (field: keyof Values, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setProblem(undefined);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = settingsBody(values);
    if ('problem' in result) {
      setProblem(result.problem);
      focusField(event.currentTarget, result.problem);
      return;
    }
    save.mutateAsync(result.body).then(onSaved, () => undefined); // shown by FormError
  };

  return (
    <form
      className="form meeting-when-form"
      onSubmit={submit}
      aria-label={t('connect.meeting.when.title')}
      noValidate
    >
      <FormError error={save.error} fields={['weekday', 'time']} />
      <div className="meeting-when-form__fields">
        <SelectField
          label={t('connect.meeting.when.weekday')}
          name="weekday"
          required
          value={values.weekday}
          onChange={(event) => change('weekday', event.target.value)}
          error={
            problem === 'weekday'
              ? t('connect.meeting.when.weekdayMissing')
              : fieldError(save.error, 'weekday')
          }
        >
          {weekdays.map((weekday) => (
            <option key={weekday} value={weekday}>
              {weekdayName(weekday)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('connect.meeting.when.time')}
          hint={t('connect.meeting.when.timeHint', { zone: timeZone.replaceAll('_', ' ') })}
          name="time"
          type="time"
          required
          value={values.time}
          onChange={(event) => change('time', event.target.value)}
          error={
            problem === 'time'
              ? t('connect.meeting.when.timeMissing')
              : fieldError(save.error, 'time')
          }
        />
      </div>
      <FormActions
        submitLabel={t('connect.meeting.when.save')}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
