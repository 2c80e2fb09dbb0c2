import { useEffect, useRef, useState } from 'react';
import type { Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ChoreCard } from './chore-card';
import { ChoreForm } from './chore-form';
import { groupByArea } from './group-by-area';

interface ChoreListSectionProps {
  spaceId: string;
  chores: readonly Responsibility[];
  members: readonly Member[];
  /** How many were just added from the starter list, to say so. */
  added: { count: number } | undefined;
  onOpenStarter: (() => void) | undefined;
}

/** Our responsibilities by area, each with my private rating. */
export function ChoreListSection({
  spaceId,
  chores,
  members,
  added,
  onOpenStarter,
}: ChoreListSectionProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [adding, setAdding] = useState(false);
  // Keyed by a counter, so the same sentence twice in a row is announced twice.
  const [status, setStatus] = useState<{ message: string; key: number }>();
  // The starter list that was just used is gone: carry on from here rather than the top.
  useEffect(() => {
    if (added !== undefined) heading.current?.focus();
  }, [added]);

  const saved = (message: string) => {
    setAdding(false);
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    heading.current?.focus();
  };

  return (
    <section className="section section--first" aria-labelledby="chore-list-title">
      <div className="section-header">
        <h2 id="chore-list-title" ref={heading} tabIndex={-1}>
          {t('chores.list.title')}
        </h2>
        {onOpenStarter ? (
          <Button variant="secondary" onClick={onOpenStarter}>
            {t('chores.starter.open')}
          </Button>
        ) : null}
      </div>
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
      {added !== undefined ? (
        <Alert tone="success" className="notice">
          {t('chores.starter.added', { count: added.count })}
        </Alert>
      ) : null}
      <p className="muted">{t('chores.list.private')}</p>
      {adding ? (
        <div className="card chore-form-card">
          <h3>{t('chores.form.addTitle')}</h3>
          <ChoreForm
            spaceId={spaceId}
            label={t('chores.form.addTitle')}
            onSaved={saved}
            onCancel={() => {
              setAdding(false);
              requestAnimationFrame(() => addButton.current?.focus());
            }}
          />
        </div>
      ) : (
        <div className="button-row">
          <Button
            ref={addButton}
            variant="secondary"
            onClick={() => {
              setStatus(undefined);
              setAdding(true);
            }}
          >
            {t('chores.form.addOpen')}
          </Button>
        </div>
      )}
      {groupByArea(chores).map(({ area, items }) => (
        <div key={area} className="chore-area">
          <h3>{t(`chores.area.${area}`)}</h3>
          <ul className="item-list">
            {items.map((chore) => (
              <ChoreCard
                key={chore.id}
                spaceId={spaceId}
                chore={chore}
                members={members}
                onSaved={saved}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
