import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  dateCosts,
  dateDurations,
  dateEnergies,
  dateSeasons,
  dateSettings,
  type DateCost,
  type DateDuration,
  type DateEnergy,
  type DateSetting,
} from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Checkbox } from '../../ui/checkbox';
import { describedBy, FieldError } from '../../ui/field';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextArea } from '../../ui/text-area';
import { TextField } from '../../ui/text-field';
import { ideaBody, toggleSeason, type IdeaDraft } from './idea-draft';
import { costWords, durationWords, energyWords, seasonWords, settingWords } from './idea-filter';
import type { IdeaBody } from './dates-api';

const shownFields = ['title', 'description', 'setting', 'cost', 'duration', 'energy', 'seasons'];

interface IdeaFormProps {
  initial: IdeaDraft;
  /** An edit sends an emptied description, so words can be taken back. */
  edit: boolean;
  label: string;
  busy: boolean;
  error: unknown;
  onSave: (body: IdeaBody) => void;
  onCancel: () => void;
}

/** An idea of our own, with the same tags as Tandem's, so the filters find it too. */
export function IdeaForm({ initial, edit, label, busy, error, onSave, onCancel }: IdeaFormProps) {
  const [draft, setDraft] = useState(initial);
  const [titleMissing, setTitleMissing] = useState(false);
  const titleInput = useRef<HTMLInputElement>(null);
  useEffect(() => titleInput.current?.focus(), []);
  const seasonsId = useId();
  const seasonsError = fieldError(error, 'seasons');
  const set = (next: Partial<IdeaDraft>) => setDraft((current) => ({ ...current, ...next }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = ideaBody(draft, edit);
    if (!body) {
      setTitleMissing(true);
      titleInput.current?.focus();
      return;
    }
    onSave(body);
  };

  return (
    <form className="form dates-form" onSubmit={submit} aria-label={label} noValidate>
      <FormError error={error} fields={shownFields} />
      <TextField
        ref={titleInput}
        label={t('dates.ideaForm.title')}
        required
        maxLength={120}
        autoComplete="off"
        value={draft.title}
        onChange={(event) => {
          set({ title: event.target.value });
          setTitleMissing(false);
        }}
        error={titleMissing ? t('dates.ideaForm.titleNeeded') : fieldError(error, 'title')}
      />
      <TextArea
        label={t('dates.ideaForm.description')}
        hint={t('common.optionalUpTo', { max: 1000 })}
        maxLength={1000}
        value={draft.description}
        onChange={(event) => set({ description: event.target.value })}
        error={fieldError(error, 'description')}
      />
      <RadioGroup<DateSetting>
        legend={t('dates.filters.setting')}
        name="setting"
        layout="inline"
        options={dateSettings.map((value) => ({ value, label: settingWords(value) }))}
        value={draft.setting}
        onChange={(setting) => set({ setting })}
        error={fieldError(error, 'setting')}
      />
      <RadioGroup<DateCost>
        legend={t('dates.ideaForm.cost')}
        name="cost"
        layout="inline"
        options={dateCosts.map((value) => ({ value, label: costWords(value) }))}
        value={draft.cost}
        onChange={(cost) => set({ cost })}
        error={fieldError(error, 'cost')}
      />
      <RadioGroup<DateDuration>
        legend={t('dates.filters.duration')}
        name="duration"
        layout="inline"
        options={dateDurations.map((value) => ({ value, label: durationWords(value) }))}
        value={draft.duration}
        onChange={(duration) => set({ duration })}
        error={fieldError(error, 'duration')}
      />
      <RadioGroup<DateEnergy>
        legend={t('dates.filters.energy')}
        name="energy"
        layout="inline"
        options={dateEnergies.map((value) => ({ value, label: energyWords(value) }))}
        value={draft.energy}
        onChange={(energy) => set({ energy })}
        error={fieldError(error, 'energy')}
      />
      <fieldset
        className="dates-form__seasons"
        aria-describedby={describedBy(seasonsId, undefined, seasonsError)}
        aria-invalid={seasonsError ? true : undefined}
      >
        <legend className="field__label">{t('dates.ideaForm.seasons')}</legend>
        {dateSeasons.map((season) => (
          <Checkbox
            key={season}
            label={seasonWords(season)}
            checked={draft.seasons.includes(season)}
            onChange={(event) =>
              set({ seasons: toggleSeason(draft.seasons, season, event.target.checked) })
            }
          />
        ))}
        <FieldError id={seasonsId} error={seasonsError} />
      </fieldset>
      <FormActions submitLabel={t('dates.ideaForm.save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
