import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { PlannedDate } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { wordsPatch, type WordsDraft } from './date-draft';
import { useUpdatePlan } from './use-dates';

interface DateWordsFormProps {
  spaceId: string;
  date: PlannedDate;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** What the date is, where, and its note; the time is changed by suggesting another. */
export function DateWordsForm({ spaceId, date, onSaved, onCancel }: DateWordsFormProps) {
  const update = useUpdatePlan(spaceId, date.id);
  const [before] = useState<WordsDraft>({ title: date.title, place: date.place, note: date.note });
  const [draft, setDraft] = useState(before);
  const [titleMissing, setTitleMissing] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => titleInput.current?.focus(), []);
  const set = (next: Partial<WordsDraft>) => setDraft((current) => ({ ...current, ...next }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const patch = wordsPatch(before, draft);
    if (!patch) {
      setTitleMissing(true);
      titleInput.current?.focus();
      return;
    }
    const title = patch.title ?? date.title;
    const request = Object.keys(patch).length > 0 ? update.mutateAsync(patch) : Promise.resolve();
    request.then(
      () => onSaved(t('dates.words.saved', { title })),
      () => undefined, // shown by FormError
    );
  };

  return (
    <form
      className="form dates-form"
      onSubmit={submit}
      aria-label={t('dates.words.label', { title: date.title })}
      noValidate
    >
      <FormError error={update.error} fields={['title', 'place', 'note']} />
      <TextField
        ref={titleInput}
        label={t('dates.form.title')}
        required
        maxLength={120}
        autoComplete="off"
        value={draft.title}
        onChange={(event) => {
          set({ title: event.target.value });
          setTitleMissing(false);
        }}
        error={titleMissing ? t('dates.form.titleNeeded') : fieldError(update.error, 'title')}
      />
      <TextField
        label={t('dates.form.place')}
        hint={t('common.optional')}
        maxLength={200}
        value={draft.place}
        onChange={(event) => set({ place: event.target.value })}
        error={fieldError(update.error, 'place')}
      />
      <TextArea
        label={t('dates.form.note')}
        hint={t('common.optionalUpTo', { max: 1000 })}
        maxLength={1000}
        value={draft.note}
        onChange={(event) => set({ note: event.target.value })}
        error={fieldError(update.error, 'note')}
      />
      <FormActions
        submitLabel={t('dates.words.save')}
        busy={update.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
