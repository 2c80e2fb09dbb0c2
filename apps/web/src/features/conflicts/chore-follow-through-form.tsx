import { useState, type FormEvent } from 'react';
import { choreAreas, type ChoreArea } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { choreBody, choreDraftFor, choreRhythms, type ChoreRhythm } from './follow-through-draft';
import { useFollowThrough } from './use-conflicts';

interface ChoreFollowThroughFormProps {
  spaceId: string;
  topicId: string;
  item: { id: string; text: string };
  onCancel: () => void;
}

const isArea = (value: string): value is ChoreArea =>
  (choreAreas as readonly string[]).includes(value);
const isRhythm = (value: string): value is ChoreRhythm =>
  (choreRhythms as readonly string[]).includes(value);

/** "Make it a chore": a name, where it belongs, how often and how long it takes. */
export function ChoreFollowThroughForm({
  spaceId,
  topicId,
  item,
  onCancel,
}: ChoreFollowThroughFormProps) {
  const follow = useFollowThrough(spaceId, topicId, item.id);
  const [draft, setDraft] = useState(() => choreDraftFor(item.text));
  const [problem, setProblem] = useState<'name' | 'minutes'>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = choreBody(draft);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    follow.mutate(result.body);
  };

  return (
    <form className="form resolve-follow__form" onSubmit={submit} noValidate>
      <FormError error={follow.error} />
      <TextField
        label={t('resolve.follow.chore.name')}
        autoFocus
        autoComplete="off"
        maxLength={80}
        value={draft.name}
        onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        error={problem === 'name' ? t('resolve.follow.chore.nameNeeded') : undefined}
      />
      <SelectField
        label={t('resolve.follow.chore.area')}
        value={draft.area}
        onChange={(event) => {
          if (isArea(event.target.value)) setDraft({ ...draft, area: event.target.value });
        }}
      >
        {choreAreas.map((area) => (
          <option key={area} value={area}>
            {t(`chores.area.${area}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('resolve.follow.chore.often')}
        value={draft.rhythm}
        onChange={(event) => {
          if (isRhythm(event.target.value)) setDraft({ ...draft, rhythm: event.target.value });
        }}
      >
        {choreRhythms.map((rhythm) => (
          <option key={rhythm} value={rhythm}>
            {t(`chores.form.often.${rhythm}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('resolve.follow.chore.minutes')}
        inputMode="numeric"
        autoComplete="off"
        value={draft.minutes}
        onChange={(event) => setDraft({ ...draft, minutes: event.target.value })}
        error={problem === 'minutes' ? t('resolve.follow.chore.minutesNeeded') : undefined}
      />
      <FormActions
        submitLabel={t('resolve.follow.chore.submit')}
        busy={follow.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
