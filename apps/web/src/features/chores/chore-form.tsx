import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  choreAreas,
  scheduleFroms,
  type ChoreArea,
  type CreateResponsibilityBody,
  type Responsibility,
  type UpdateResponsibilityBody,
} from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { todayIn } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { Checkbox } from '../../ui/checkbox';
import { describedBy, FieldError } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { useSignedInMe } from '../auth/me-context';
import { weekdays, type Weekday } from './recurrence-words';
import {
  choiceToRrule,
  recurrenceChoices,
  rruleToChoice,
  type RecurrenceChoice,
} from './rrule-choice';
import { useCreateChore, useUpdateChore } from './use-chores';

type ScheduleFrom = (typeof scheduleFroms)[number];
const stages = ['notice', 'plan', 'do'] as const;
type Stage = (typeof stages)[number];
const fields = [
  'name',
  'area',
  'doneWell',
  'rrule',
  'scheduleFrom',
  'firstDueOn',
  'minutes',
  'minutes.notice',
  'minutes.plan',
  'minutes.do',
];

interface ChoreFormProps {
  spaceId: string;
  /** The responsibility to edit; without one, the form adds a new one. */
  chore?: Responsibility | undefined;
  /** After saving, with a sentence saying what was saved. */
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** An accessible name for the form, as it has no heading of its own. */
  label: string;
}

interface Draft {
  name: string;
  area: ChoreArea;
  doneWell: string;
  choice: RecurrenceChoice;
  days: readonly Weekday[];
  scheduleFrom: ScheduleFrom;
  firstDueOn: string;
  minutes: Record<Stage, string>;
}

function initialDraft(chore: Responsibility | undefined, today: string): Draft {
  const recurrence = rruleToChoice(chore ? chore.rrule : 'FREQ=WEEKLY');
  return {
    name: chore?.name ?? '',
    area: chore?.area ?? choreAreas[0],
    doneWell: chore?.doneWell ?? '',
    choice: recurrence.choice,
    days: recurrence.days,
    scheduleFrom: chore?.scheduleFrom ?? 'due',
    firstDueOn: chore?.firstDueOn ?? today,
    minutes: {
      notice: String(chore?.minutes.notice ?? 0),
      plan: String(chore?.minutes.plan ?? 0),
      do: String(chore?.minutes.do ?? 0),
    },
  };
}

const isArea = (value: string): value is ChoreArea =>
  (choreAreas as readonly string[]).includes(value);
const isChoice = (value: string): value is RecurrenceChoice =>
  (recurrenceChoices as readonly string[]).includes(value);

/** Only what changed, so editing a name never rewrites a rule the form could only approximate. */
function changes(
  chore: Responsibility,
  body: CreateResponsibilityBody,
  recurrenceChanged: boolean,
): UpdateResponsibilityBody {
  const patch: UpdateResponsibilityBody = {};
  if (body.name !== chore.name) patch.name = body.name;
  if (body.area !== chore.area) patch.area = body.area;
  if ((body.doneWell ?? null) !== chore.doneWell) patch.doneWell = body.doneWell ?? null;
  if (recurrenceChanged) patch.rrule = body.rrule;
  if (body.scheduleFrom !== chore.scheduleFrom) patch.scheduleFrom = body.scheduleFrom ?? 'due';
  if (body.firstDueOn && body.firstDueOn !== chore.firstDueOn) patch.firstDueOn = body.firstDueOn;
  if (stages.some((stage) => body.minutes[stage] !== chore.minutes[stage])) {
    patch.minutes = body.minutes;
  }
  return patch;
}

/**
 * Adds our own responsibility, or edits one: name, area, rhythm, when it is first due and the
 * minutes it takes.
 */
export function ChoreForm({ spaceId, chore, onSaved, onCancel, label }: ChoreFormProps) {
  const create = useCreateChore(spaceId);
  const update = useUpdateChore(spaceId, chore?.id ?? '');
  const save = chore ? update : create;
  const me = useSignedInMe();
  // A new one is first due today, my today, unless I say otherwise.
  const [initial] = useState(() => initialDraft(chore, todayIn(me.timeZone)));
  const [draft, setDraft] = useState(initial);
  const [noMinutes, setNoMinutes] = useState(false);
  const firstMinutes = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  // The button that opened the form is gone: carry on in its first field.
  useEffect(() => nameInput.current?.focus(), []);
  const id = useId();
  const minutesId = `${id}-minutes`;

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const setMinutes = (stage: Stage, value: string) => {
    setNoMinutes(false);
    setDraft((current) => ({ ...current, minutes: { ...current.minutes, [stage]: value } }));
  };
  const toggleDay = (day: Weekday, checked: boolean) =>
    set('days', checked ? [...draft.days, day] : draft.days.filter((d) => d !== day));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const minutes = {
      notice: Number(draft.minutes.notice),
      plan: Number(draft.minutes.plan),
      do: Number(draft.minutes.do),
    };
    if (minutes.notice + minutes.plan + minutes.do <= 0) {
      setNoMinutes(true);
      firstMinutes.current?.focus();
      return;
    }
    const doneWell = draft.doneWell.trim();
    const body: CreateResponsibilityBody = {
      name: draft.name.trim(),
      area: draft.area,
      doneWell: doneWell === '' ? null : doneWell,
      rrule: choiceToRrule(draft),
      scheduleFrom: draft.scheduleFrom,
      firstDueOn: draft.firstDueOn,
      minutes,
    };
    const name = body.name;
    // Not `mutate` callbacks: an edited card may move to another area, and remount, meanwhile.
    let request: Promise<unknown>;
    if (chore) {
      const recurrenceChanged =
        draft.choice !== initial.choice || choiceToRrule(draft) !== choiceToRrule(initial);
      const patch = changes(chore, body, recurrenceChanged);
      request = Object.keys(patch).length > 0 ? update.mutateAsync(patch) : Promise.resolve();
    } else {
      request = create.mutateAsync(body);
    }
    request.then(
      () => onSaved(t(chore ? 'chores.form.saved' : 'chores.form.added', { name })),
      () => undefined, // shown by FormError and next to the fields
    );
  };

  const minutesError = noMinutes
    ? t('chores.form.minutesNeeded')
    : fieldError(save.error, 'minutes');

  return (
    <form className="form chore-form" onSubmit={submit} aria-label={label}>
      <FormError error={save.error} fields={fields} />
      <TextField
        ref={nameInput}
        label={t('chores.form.name')}
        required
        maxLength={80}
        autoComplete="off"
        value={draft.name}
        onChange={(event) => set('name', event.target.value)}
        error={fieldError(save.error, 'name')}
      />
      <SelectField
        label={t('chores.form.area')}
        value={draft.area}
        onChange={(event) => {
          if (isArea(event.target.value)) set('area', event.target.value);
        }}
        error={fieldError(save.error, 'area')}
      >
        {choreAreas.map((area) => (
          <option key={area} value={area}>
            {t(`chores.area.${area}`)}
          </option>
        ))}
      </SelectField>
      <TextArea
        label={t('chores.form.doneWell')}
        hint={t('common.optionalUpTo', { max: 500 })}
        maxLength={500}
        value={draft.doneWell}
        onChange={(event) => set('doneWell', event.target.value)}
        error={fieldError(save.error, 'doneWell')}
      />
      <SelectField
        label={t('chores.form.often')}
        value={draft.choice}
        onChange={(event) => {
          if (isChoice(event.target.value)) set('choice', event.target.value);
        }}
        error={fieldError(save.error, 'rrule')}
      >
        {recurrenceChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`chores.form.often.${choice}`)}
          </option>
        ))}
      </SelectField>
      {draft.choice === 'weekly' ? (
        <fieldset className="chore-form__group" aria-describedby={`${id}-days-hint`}>
          <legend className="field__label">{t('chores.form.days')}</legend>
          <p className="field__hint" id={`${id}-days-hint`}>
            {t('chores.form.daysHint')}
          </p>
          <div className="chore-form__days">
            {weekdays.map((day) => (
              <Checkbox
                key={day}
                label={t(`chores.form.day.${day}`)}
                checked={draft.days.includes(day)}
                onChange={(event) => toggleDay(day, event.target.checked)}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <TextField
        label={t('chores.form.firstDue')}
        hint={t('chores.form.firstDueHint')}
        type="date"
        required
        value={draft.firstDueOn}
        onChange={(event) => set('firstDueOn', event.target.value)}
        error={fieldError(save.error, 'firstDueOn')}
      />
      <RadioGroup
        legend={t('chores.form.scheduleFrom')}
        name={`${id}-schedule-from`}
        layout="list"
        options={scheduleFroms.map((value) => ({
          value,
          label: t(`chores.form.scheduleFrom.${value}`),
        }))}
        value={draft.scheduleFrom}
        onChange={(value) => set('scheduleFrom', value)}
        error={fieldError(save.error, 'scheduleFrom')}
      />
      <fieldset
        className="chore-form__group"
        aria-describedby={describedBy(minutesId, true, minutesError)}
        aria-invalid={minutesError ? true : undefined}
      >
        <legend className="field__label">{t('chores.form.minutes')}</legend>
        <p className="field__hint" id={`${minutesId}-hint`}>
          {t('chores.form.minutesHint')}
        </p>
        <div className="chore-form__minutes">
          {stages.map((stage, index) => (
            <TextField
              key={stage}
              ref={index === 0 ? firstMinutes : undefined}
              label={t(`chores.form.${stage}`)}
              type="number"
              inputMode="numeric"
              min={0}
              max={1440}
              step={1}
              required
              value={draft.minutes[stage]}
              onChange={(event) => setMinutes(stage, event.target.value)}
              error={fieldError(save.error, `minutes.${stage}`)}
            />
          ))}
        </div>
        <FieldError id={minutesId} error={minutesError} />
      </fieldset>
      <FormActions
        submitLabel={t(chore ? 'chores.form.save' : 'chores.form.add')}
        busy={save.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
