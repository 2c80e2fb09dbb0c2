import { useState, type FormEvent } from 'react';
import { choreAreas, type ChoreArea } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { choiceToRrule, recurrenceChoices, type RecurrenceChoice } from '../chores/rrule-choice';
import { useFollowThrough } from './use-decisions';

const NAME_MAX = 80;
const MINUTES_MAX = 24 * 60;
const isArea = (value: string): value is ChoreArea =>
  (choreAreas as readonly string[]).includes(value);
const isOften = (value: string): value is RecurrenceChoice =>
  (recurrenceChoices as readonly string[]).includes(value);

interface ResponsibilityFormProps {
  spaceId: string;
  decisionId: string;
  /** The option chosen: the responsibility's name to start with. */
  name: string;
  onCancel: () => void;
}

/**
 * The choice as a responsibility on our chores list: a name, an area, how often and how long it
 * takes. The rest (who does it, noticing and planning) is for the chores page.
 */
export function ResponsibilityForm({
  spaceId,
  decisionId,
  name,
  onCancel,
}: ResponsibilityFormProps) {
  const follow = useFollowThrough(spaceId, decisionId);
  const [title, setTitle] = useState(name.slice(0, NAME_MAX));
  const [area, setArea] = useState<ChoreArea>('home');
  const [often, setOften] = useState<RecurrenceChoice>('weekly');
  const [minutes, setMinutes] = useState('15');
  const [minutesProblem, setMinutesProblem] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const doMinutes = Number(minutes);
    if (!Number.isInteger(doMinutes) || doMinutes < 1 || doMinutes > MINUTES_MAX) {
      setMinutesProblem(t('decide.follow.resp.minutesInvalid'));
      return;
    }
    follow.mutate({
      kind: 'responsibility',
      responsibility: {
        name: title.trim(),
        area,
        rrule: choiceToRrule({ choice: often, days: [] }),
        minutes: { notice: 0, plan: 0, do: doMinutes },
      },
    });
  };

  const field = (name: string) => fieldError(follow.error, `responsibility.${name}`);
  return (
    <form className="form" onSubmit={submit} aria-label={t('decide.follow.resp.formTitle')}>
      <FormError
        error={follow.error}
        fields={['responsibility.name', 'responsibility.area', 'responsibility.rrule']}
      />
      <TextField
        label={t('decide.follow.resp.name')}
        name="name"
        required
        maxLength={NAME_MAX}
        autoFocus
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={field('name')}
      />
      <SelectField
        label={t('decide.follow.resp.area')}
        name="area"
        value={area}
        onChange={(event) => {
          if (isArea(event.target.value)) setArea(event.target.value);
        }}
        error={field('area')}
      >
        {choreAreas.map((choice) => (
          <option key={choice} value={choice}>
            {t(`chores.area.${choice}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('decide.follow.resp.often')}
        name="often"
        value={often}
        onChange={(event) => {
          if (isOften(event.target.value)) setOften(event.target.value);
        }}
        error={field('rrule')}
      >
        {recurrenceChoices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`chores.form.often.${choice}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('decide.follow.resp.minutes')}
        hint={t('decide.follow.resp.minutesHint')}
        name="minutes"
        inputMode="numeric"
        required
        value={minutes}
        onChange={(event) => {
          setMinutes(event.target.value);
          setMinutesProblem(undefined);
        }}
        error={minutesProblem ?? field('minutes')}
      />
      <FormActions
        submitLabel={t('decide.follow.resp.submit')}
        busy={follow.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
