import { useState, type FormEvent } from 'react';
import type { Member } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { TextField } from '../../ui/text-field';
import { memberName } from './shares-view';
import { useAvailability, useSaveAvailability } from './use-chores';

interface AvailabilitySectionProps {
  spaceId: string;
  myId: string;
  members: readonly Member[];
}

/** What each of us can give the home a week: fair shares follow from it, so it is shared. */
export function AvailabilitySection({ spaceId, myId, members }: AvailabilitySectionProps) {
  const availability = useAvailability(spaceId);
  const save = useSaveAvailability(spaceId);
  const [draft, setDraft] = useState<string>();
  const items = availability.data?.items ?? [];
  const mine = items.find((item) => item.userId === myId)?.hoursPerWeek ?? null;
  const shown = draft ?? (mine === null ? '' : String(mine));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(Number(shown), { onSuccess: () => setDraft(undefined) });
  };

  let everyone;
  if (availability.isError) {
    everyone = <LoadError error={availability.error} onRetry={() => void availability.refetch()} />;
  } else if (!availability.data) {
    everyone = <Loading />;
  } else {
    everyone = (
      <ul className="hours-list">
        {items.map(({ userId, hoursPerWeek }) => {
          const name = memberName(members, userId);
          return (
            <li key={userId}>
              {hoursPerWeek === null
                ? t('chores.availability.notGiven', { name })
                : t('chores.availability.item', { name, hours: hoursPerWeek })}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <section className="card section" aria-labelledby="availability-title">
      <h2 id="availability-title">{t('chores.availability.title')}</h2>
      <form className="form" onSubmit={submit}>
        <FormError error={save.error} fields={['hoursPerWeek']} />
        {save.isSuccess && draft === undefined ? (
          <Alert tone="success">{t('chores.availability.saved')}</Alert>
        ) : null}
        <TextField
          label={t('chores.availability.hours')}
          hint={t('chores.availability.hint')}
          type="number"
          inputMode="decimal"
          min={0.5}
          max={168}
          step={0.5}
          required
          value={shown}
          onChange={(event) => setDraft(event.target.value)}
          error={fieldError(save.error, 'hoursPerWeek')}
        />
        <div className="button-row">
          <Button type="submit" busy={save.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
      <h3 className="hours-title">{t('chores.availability.everyone')}</h3>
      {everyone}
    </section>
  );
}
