import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { CalendarEventView } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Checkbox } from '../../ui/checkbox';
import { describedBy, FieldError } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { errorUnder, shownPaths } from '../money/field-errors';
import {
  canProtect,
  draftOfEvent,
  draftProblems,
  draftToBody,
  draftToPatch,
  endsNextDay,
  newEventDraft,
  participantsForKind,
  type EventDraft,
} from './event-draft';
import { kindOrder } from './event-kinds';
import type { TimeContext } from './time-context';
import { RepeatFields } from './repeat-fields';
import { useCreateEvent, useUpdateEvent } from './use-time';

/** Where the server's field messages are shown; any other is listed above the form. */
const shownFields = ['title', 'kind', 'participantIds', 'start', 'end', 'rrule', 'description'];

interface EventFormProps {
  context: TimeContext;
  /** The event to change; without one, the form adds a new one. */
  event?: CalendarEventView | undefined;
  /** A new event's day, to start from. */
  day: string;
  /** An accessible name for the form, as it has no heading of its own. */
  label: string;
  /** After saving, with a sentence saying what was saved. */
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/**
 * Adds an event or changes one: what, which kind of time, who takes part, when (a day and two
 * times, or whole days) and how it repeats; solo time of my own alone can be protected.
 */
export function EventForm({ context, event, day, label, onSaved, onCancel }: EventFormProps) {
  const { spaceId, myId, members, timeZone } = context;
  const memberIds = members.map((m) => m.userId);
  const create = useCreateEvent(spaceId);
  const update = useUpdateEvent(spaceId, event?.id ?? '');
  const save = event ? update : create;
  const [initial] = useState(() =>
    event ? draftOfEvent(event) : newEventDraft(day, memberIds, myId),
  );
  const [draft, setDraft] = useState(initial);
  // Until someone chooses who takes part, the kind of time suggests it.
  const [whoChosen, setWhoChosen] = useState(Boolean(event));
  const [tried, setTried] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  // The button that opened the form is gone: carry on in its first field.
  useEffect(() => titleInput.current?.focus(), []);
  const id = useId();
  const whoId = `${id}-who`;

  const problems = tried ? draftProblems(draft) : {};
  const set = <K extends keyof EventDraft>(key: K, value: EventDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const protectable = canProtect(draft, myId);

  const submit = (formEvent: FormEvent<HTMLFormElement>) => {
    formEvent.preventDefault();
    if (Object.keys(draftProblems(draft)).length > 0) {
      setTried(true);
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    const title = draft.title.trim();
    let request: Promise<unknown>;
    if (event) {
      const patch = draftToPatch(initial, draft, myId);
      request = Object.keys(patch).length > 0 ? update.mutateAsync(patch) : Promise.resolve();
    } else {
      request = create.mutateAsync(draftToBody(draft, myId));
    }
    request.then(
      () => onSaved(t(event ? 'time.edit.saved' : 'time.add.added', { title })),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  const whoError = problems.participantIds ?? errorUnder(save.error, 'participantIds');
  const endError = fieldError(save.error, 'end');

  return (
    <form ref={form} className="form time-form" onSubmit={submit} aria-label={label} noValidate>
      <FormError error={save.error} fields={shownPaths(save.error, shownFields)} />
      <TextField
        ref={titleInput}
        label={t('time.form.title')}
        required
        maxLength={120}
        autoComplete="off"
        value={draft.title}
        onChange={(e) => set('title', e.target.value)}
        error={problems.title ?? fieldError(save.error, 'title')}
      />
      <RadioGroup
        legend={t('time.form.kind')}
        name={`${id}-kind`}
        layout="inline"
        options={kindOrder.map((kind) => ({ value: kind, label: t(`time.kind.${kind}`) }))}
        value={draft.kind}
        onChange={(kind) =>
          setDraft((current) => ({
            ...current,
            kind,
            participantIds: whoChosen
              ? current.participantIds
              : participantsForKind(kind, memberIds, myId),
          }))
        }
        error={fieldError(save.error, 'kind')}
      />
      <fieldset
        className="time-form__group"
        aria-describedby={describedBy(whoId, true, whoError)}
        aria-invalid={whoError ? true : undefined}
      >
        <legend className="field__label">{t('time.form.who')}</legend>
        <p className="field__hint" id={`${whoId}-hint`}>
          {t('time.form.whoHint')}
        </p>
        <div className="time-form__people">
          {members.map((member) => (
            <Checkbox
              key={member.userId}
              label={member.displayName}
              checked={draft.participantIds.includes(member.userId)}
              onChange={(e) => {
                setWhoChosen(true);
                set(
                  'participantIds',
                  e.target.checked
                    ? memberIds.filter(
                        (userId) =>
                          userId === member.userId || draft.participantIds.includes(userId),
                      )
                    : draft.participantIds.filter((userId) => userId !== member.userId),
                );
              }}
            />
          ))}
        </div>
        <FieldError id={whoId} error={whoError} />
      </fieldset>
      {/* The hints sit outside the labels, so each box is named by its label alone. */}
      {protectable ? (
        <div>
          <Checkbox
            label={t('time.form.protected')}
            aria-describedby={`${id}-protected-hint`}
            checked={draft.protected}
            onChange={(e) => set('protected', e.target.checked)}
          />
          <p className="field__hint time-form__box-hint" id={`${id}-protected-hint`}>
            {t('time.form.protectedHint')}
          </p>
        </div>
      ) : null}
      <div>
        <Checkbox
          label={t('time.form.allDay')}
          aria-describedby={`${id}-all-day-hint`}
          checked={draft.allDay}
          onChange={(e) => set('allDay', e.target.checked)}
        />
        <p className="field__hint time-form__box-hint" id={`${id}-all-day-hint`}>
          {t('time.form.allDayHint')}
        </p>
      </div>
      {event && event.timeZone !== timeZone ? (
        <p className="muted">{t('time.form.zone', { zone: event.timeZone })}</p>
      ) : null}
      <div className="time-form__when">
        <TextField
          label={t('time.form.date')}
          type="date"
          required
          value={draft.date}
          onChange={(e) => {
            const date = e.target.value;
            // A run of days moves with its first day rather than ending before it.
            setDraft((current) => ({
              ...current,
              date,
              lastDay: current.lastDay < date ? date : current.lastDay,
            }));
          }}
          error={problems.date ?? fieldError(save.error, 'start')}
        />
        {draft.allDay ? (
          <TextField
            label={t('time.form.lastDay')}
            hint={t('time.form.lastDayHint')}
            type="date"
            min={draft.date}
            value={draft.lastDay}
            onChange={(e) => set('lastDay', e.target.value)}
            error={problems.lastDay ?? endError}
          />
        ) : (
          <>
            <TextField
              label={t('time.form.from')}
              type="time"
              required
              value={draft.from}
              onChange={(e) => set('from', e.target.value)}
              error={problems.from}
            />
            <TextField
              label={t('time.form.to')}
              hint={endsNextDay(draft) ? t('time.form.nextDay') : undefined}
              type="time"
              required
              value={draft.to}
              onChange={(e) => set('to', e.target.value)}
              error={problems.to ?? endError}
            />
          </>
        )}
      </div>
      <RepeatFields
        repeat={draft.repeat}
        startDay={draft.date}
        onChange={(repeat) => set('repeat', repeat)}
        errors={{
          rrule: fieldError(save.error, 'rrule'),
          until: problems.until,
          count: problems.count,
        }}
        storedRule={event?.rrule}
      />
      <TextArea
        label={t('time.form.notes')}
        hint={t('common.optionalUpTo', { max: 2000 })}
        maxLength={2000}
        value={draft.description}
        onChange={(e) => set('description', e.target.value)}
        error={fieldError(save.error, 'description')}
      />
      <FormActions submitLabel={t('time.form.save')} busy={save.isPending} onCancel={onCancel} />
    </form>
  );
}
