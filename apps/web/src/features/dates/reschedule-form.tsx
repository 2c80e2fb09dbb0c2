import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlannedDate } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { TextArea } from '../../ui/text-area';
import type { DatesContext } from './dates-context';
import { rescheduleBody, rescheduleDraftOf, whenProblems } from './date-draft';
import { useRescheduleDate } from './use-dates';
import { WhenFields } from './when-fields';

interface RescheduleFormProps {
  date: PlannedDate;
  context: DatesContext;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * "Suggest another time": a day and times on the date's own clock, and why. It counts as my yes
 * to the new time; everyone else is asked again.
 */
export function RescheduleForm({ date, context, onSaved, onCancel }: RescheduleFormProps) {
  const reschedule = useRescheduleDate(context.spaceId, date.id);
  const [when, setWhen] = useState(() => rescheduleDraftOf(date));
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const dayInput = useRef<HTMLInputElement>(null);
  // The button that opened the form is gone: carry on in its first field.
  useEffect(() => dayInput.current?.focus(), []);
  const problems = tried ? whenProblems(when, date.timeZone) : {};

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (Object.keys(whenProblems(when, date.timeZone)).length > 0) {
      setTried(true);
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    reschedule.mutateAsync(rescheduleBody(when, note)).then(
      () => onSaved(t('dates.reschedule.saved', { title: date.title })),
      () => undefined, // shown by FormError
    );
  };

  return (
    <form
      ref={form}
      className="form dates-form"
      onSubmit={submit}
      aria-label={t('dates.reschedule.label', { title: date.title })}
      noValidate
    >
      <FormError error={reschedule.error} fields={['start', 'end', 'note']} />
      <p className="muted">
        {date.timeZone === context.timeZone
          ? t('dates.reschedule.lead')
          : t('dates.reschedule.leadZone', { zone: date.timeZone.replaceAll('_', ' ') })}
      </p>
      <WhenFields
        when={when}
        onChange={setWhen}
        problems={problems}
        startError={fieldError(reschedule.error, 'start')}
        endError={fieldError(reschedule.error, 'end')}
        dayRef={dayInput}
      />
      <TextArea
        label={t('dates.reschedule.note')}
        hint={t('dates.reschedule.noteHint')}
        maxLength={500}
        rows={2}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={fieldError(reschedule.error, 'note')}
      />
      <FormActions
        submitLabel={t('dates.reschedule.save')}
        busy={reschedule.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
