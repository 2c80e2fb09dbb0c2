import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Memory, PlannedDate } from '@tandem/shared';
import { isApiError } from '../../lib/api/api-error';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import type { MemoryBody, MemoryPatch } from './dates-api';
import type { DatesContext } from './dates-context';
import { readAsBase64 } from './memory-photo';
import { PhotoField, type PhotoChoice } from './photo-field';
import { useAddMemory, useUpdateMemory } from './use-dates';

interface MemoryFormProps {
  context: DatesContext;
  /** The date it remembers; without one, a day the whole space shares. */
  date?: PlannedDate | undefined;
  /** The memory to change; without one, the form adds a new one. */
  memory?: Memory | undefined;
  onSaved: () => void;
  onCancel: () => void;
}

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const photoRefused = (error: unknown) => isApiError(error) && error.code.startsWith('photo_');

/**
 * A memory: a few words, the day, and a photo if we like. What was typed stays when the server
 * refuses the photo, so only the photo needs choosing again.
 */
export function MemoryForm({ context, date, memory, onSaved, onCancel }: MemoryFormProps) {
  const add = useAddMemory(context.spaceId);
  const update = useUpdateMemory(context.spaceId, memory?.id ?? '');
  const save = memory ? update : add;
  const [note, setNote] = useState(memory?.note ?? '');
  // A date's memory is of its day (on its own clock); any other, of today unless told.
  const [day, setDay] = useState(memory?.day ?? date?.start.slice(0, 10) ?? context.today);
  const [photo, setPhoto] = useState<PhotoChoice>(
    memory?.photo ? { kind: 'keep' } : { kind: 'none' },
  );
  const [problems, setProblems] = useState<{ note?: string; day?: string; photo?: string }>({});
  const [reading, setReading] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The button that opened the form is gone: carry on in its first field.
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);
  const ofDate = Boolean(date ?? memory?.dateId);

  const check = () => {
    const found: typeof problems = {};
    if (note.trim() === '') found.note = t('dates.memory.noteNeeded');
    if (!isDay(day)) found.day = t('dates.memory.dayNeeded');
    else if (!ofDate && day > context.today) found.day = t('dates.memory.dayAhead');
    return found;
  };

  /** The photo as the body carries it: base64, null to remove it, or left out. */
  const photoValue = async (): Promise<string | null | undefined> => {
    if (photo.kind === 'new') return readAsBase64(photo.file);
    if (photo.kind === 'none' && memory?.photo) return null;
    return undefined;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check();
    setProblems(found);
    if (Object.keys(found).length > 0) {
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    let value: string | null | undefined;
    setReading(true);
    try {
      value = await photoValue();
    } catch {
      setProblems({ photo: t('dates.photo.unreadable') });
      return;
    } finally {
      setReading(false);
    }
    const trimmed = note.trim();
    let request: Promise<unknown>;
    if (memory) {
      const patch: MemoryPatch = { note: trimmed, day };
      if (value !== undefined) patch.photo = value;
      request = update.mutateAsync(patch);
    } else {
      const body: MemoryBody = { note: trimmed, day };
      if (date) body.dateId = date.id;
      if (typeof value === 'string') body.photo = value;
      request = add.mutateAsync(body);
    }
    request.then(onSaved, () => undefined); // shown by FormError
  };

  const label = memory
    ? t('dates.memory.editLabel')
    : date
      ? t('dates.memory.addLabelOf', { title: date.title })
      : t('dates.memory.addLabel');

  return (
    <form
      ref={form}
      className="form dates-form date-memory-form"
      onSubmit={(event) => void submit(event)}
      aria-label={label}
      noValidate
    >
      <FormError error={save.error} fields={['note', 'day', 'photo']} />
      <TextArea
        label={t('dates.memory.note')}
        hint={t('dates.memory.noteHint')}
        required
        maxLength={2000}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
          setProblems(({ note: _note, ...rest }) => rest);
        }}
        error={problems.note ?? fieldError(save.error, 'note')}
      />
      <TextField
        label={t('dates.memory.day')}
        type="date"
        required
        max={ofDate ? undefined : context.today}
        value={day}
        onChange={(event) => {
          setDay(event.target.value);
          setProblems(({ day: _day, ...rest }) => rest);
        }}
        error={problems.day ?? fieldError(save.error, 'day')}
      />
      <PhotoField
        current={memory?.photo ?? undefined}
        choice={photo}
        onChoose={(choice) => {
          setPhoto(choice);
          setProblems(({ photo: _photo, ...rest }) => rest);
          if (photoRefused(save.error)) save.reset();
        }}
        refused={photoRefused(save.error) || Boolean(problems.photo)}
      />
      {problems.photo ? <p className="field__error">{problems.photo}</p> : null}
      <FormActions
        submitLabel={t('dates.memory.save')}
        busy={save.isPending || reading}
        onCancel={onCancel}
      />
    </form>
  );
}
