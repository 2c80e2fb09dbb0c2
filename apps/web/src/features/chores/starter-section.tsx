import { useState, type FormEvent } from 'react';
import type { StarterItem } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Checkbox } from '../../ui/checkbox';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { aboutPerWeek } from './chore-minutes';
import { groupByArea } from './group-by-area';
import { recurrenceInWords } from './recurrence-words';
import { useAddStarter, useStarter } from './use-chores';

interface StarterSectionProps {
  spaceId: string;
  onAdded: (count: number) => void;
  /** Given when there is a list to go back to. */
  onClose?: (() => void) | undefined;
}

function starterHint(item: StarterItem): string {
  const vars = {
    often: recurrenceInWords(item.rrule),
    time: aboutPerWeek(item.minutes, item.rrule),
  };
  return item.added ? t('chores.starter.hintAdded', vars) : t('chores.starter.hint', vars);
}

/** "Getting started": the starter list by area, ones already added ticked and fixed. */
export function StarterSection({ spaceId, onAdded, onClose }: StarterSectionProps) {
  const starter = useStarter(spaceId);
  const add = useAddStarter(spaceId);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [nothingPicked, setNothingPicked] = useState(false);

  const toggle = (key: string, checked: boolean) => {
    const next = new Set(picked);
    if (checked) next.add(key);
    else next.delete(key);
    setPicked(next);
    setNothingPicked(false);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (picked.size === 0) return setNothingPicked(true);
    // Not `mutate` callbacks: this section may be gone by the time the list has been refetched.
    add.mutateAsync([...picked]).then(
      (added) => {
        setPicked(new Set());
        onAdded(added.items.length);
      },
      () => undefined, // shown by FormError
    );
  };

  let body;
  if (starter.isError) {
    body = <LoadError error={starter.error} onRetry={() => void starter.refetch()} />;
  } else if (!starter.data) {
    body = <Loading />;
  } else {
    body = (
      <form className="form" onSubmit={submit}>
        <FormError error={add.error} />
        {groupByArea(starter.data.items).map(({ area, items }) => (
          <fieldset key={area} className="starter-group">
            <legend className="field__label">{t(`chores.area.${area}`)}</legend>
            {items.map((item) => (
              <Checkbox
                key={item.key}
                label={item.name}
                hint={starterHint(item)}
                checked={item.added || picked.has(item.key)}
                disabled={item.added}
                onChange={(event) => toggle(item.key, event.target.checked)}
              />
            ))}
          </fieldset>
        ))}
        {nothingPicked ? <Alert tone="error">{t('chores.starter.pickOne')}</Alert> : null}
        <div className="button-row starter-actions">
          <Button type="submit" busy={add.isPending}>
            {t('chores.starter.add')}
          </Button>
          {onClose ? (
            <Button variant="quiet" onClick={onClose}>
              {t('chores.starter.close')}
            </Button>
          ) : null}
        </div>
      </form>
    );
  }

  return (
    <section className="card section section--first" aria-labelledby="starter-title">
      <h2 id="starter-title">{t('chores.starter.title')}</h2>
      <p className="muted">{t('chores.starter.lead')}</p>
      {body}
    </section>
  );
}
