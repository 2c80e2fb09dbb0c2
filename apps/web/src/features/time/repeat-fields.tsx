import { useId } from 'react';
import { t } from '../../lib/i18n';
import { Checkbox } from '../../ui/checkbox';
import { RadioGroup } from '../../ui/radio-group';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import {
  isRepeatChoice,
  repeatChoices,
  repeatEnds,
  shownDays,
  toggleDay,
  weekdays,
  type RepeatDraft,
} from './repeat-rule';
import { repeatInWords } from './repeat-words';

interface RepeatFieldsProps {
  repeat: RepeatDraft;
  /** The event's (first) day: a weekly repeat falls on its weekday unless told otherwise. */
  startDay: string;
  onChange: (repeat: RepeatDraft) => void;
  errors: { rrule?: string | undefined; until?: string | undefined; count?: string | undefined };
  /** The rule as stored, when editing: said in words if the form cannot show all of it. */
  storedRule?: string | null | undefined;
}

/** "Repeats" never, every day, every week on some days, every month or year; until when. */
export function RepeatFields({
  repeat,
  startDay,
  onChange,
  errors,
  storedRule,
}: RepeatFieldsProps) {
  const id = useId();
  const set = (changes: Partial<RepeatDraft>) => onChange({ ...repeat, ...changes });
  const days = shownDays(repeat.days, startDay);
  const stored = repeat.interval > 1 && storedRule ? repeatInWords(storedRule) : null;

  return (
    <>
      <SelectField
        label={t('time.form.repeats')}
        hint={stored ? t('time.form.repeatInterval', { rule: stored }) : undefined}
        value={repeat.choice}
        onChange={(event) => {
          if (isRepeatChoice(event.target.value)) set({ choice: event.target.value, interval: 1 });
        }}
        error={errors.rrule}
      >
        {repeatChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`time.form.repeat.${choice}`)}
          </option>
        ))}
      </SelectField>
      {repeat.choice === 'weekly' ? (
        <fieldset className="time-form__group">
          <legend className="field__label">{t('time.form.days')}</legend>
          <div className="time-form__days">
            {weekdays.map((day) => (
              <Checkbox
                key={day}
                label={t(`time.form.day.${day}`)}
                checked={days.includes(day)}
                onChange={(event) =>
                  set({ days: toggleDay(repeat.days, startDay, day, event.target.checked) })
                }
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {repeat.choice === 'never' ? null : (
        <>
          <RadioGroup
            legend={t('time.form.ends')}
            name={`${id}-ends`}
            layout="inline"
            options={repeatEnds.map((value) => ({ value, label: t(`time.form.ends.${value}`) }))}
            value={repeat.end}
            onChange={(end) => set({ end })}
          />
          {repeat.end === 'until' ? (
            <TextField
              label={t('time.form.until')}
              type="date"
              required
              min={startDay}
              value={repeat.until}
              onChange={(event) => set({ until: event.target.value })}
              error={errors.until}
            />
          ) : null}
          {repeat.end === 'count' ? (
            <TextField
              label={t('time.form.count')}
              hint={t('time.form.countHint')}
              type="number"
              inputMode="numeric"
              min={1}
              max={999}
              step={1}
              required
              value={repeat.count}
              onChange={(event) => set({ count: event.target.value })}
              error={errors.count}
            />
          ) : null}
        </>
      )}
    </>
  );
}
