import { useState } from 'react';
import type { Member } from '@tandem/shared';
import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { AddInPlace } from './add-in-place';
import { RecurringForm } from './recurring-form';
import { RecurringItem } from './recurring-item';
import { SectionStatus, useSectionStatus } from './section-status';
import { useRecurring } from './use-plans';

interface RecurringSectionProps {
  spaceId: string;
  currency: string;
  members: readonly Member[];
  today: string;
}

/** Rent, subscriptions and the like: the ones still running first, stopped ones after. */
export function RecurringSection({ spaceId, currency, members, today }: RecurringSectionProps) {
  const recurring = useRecurring(spaceId);
  const { heading, status, announce, clear } = useSectionStatus();
  const [adding, setAdding] = useState(false);

  let list;
  if (recurring.isError) {
    list = <LoadError error={recurring.error} onRetry={() => void recurring.refetch()} />;
  } else if (!recurring.data) {
    list = <Loading />;
  } else if (recurring.data.items.length === 0) {
    list = <p className="muted">{t('money.plans.recurring.empty')}</p>;
  } else {
    const items = [...recurring.data.items].sort((a, b) => Number(a.ended) - Number(b.ended));
    list = (
      <ul className="item-list">
        {items.map((item) => (
          <RecurringItem
            key={item.id}
            spaceId={spaceId}
            recurring={item}
            members={members}
            today={today}
            onChanged={announce}
          />
        ))}
      </ul>
    );
  }

  return (
    <section className="section section--first" aria-labelledby="plans-recurring-title">
      <h2 id="plans-recurring-title" ref={heading} tabIndex={-1}>
        {t('money.plans.recurring.title')}
      </h2>
      <p className="muted">{t('money.plans.recurring.lead')}</p>
      <SectionStatus status={status} />
      <AddInPlace
        adding={adding}
        onAddingChange={setAdding}
        title={t('money.plans.recurring.addTitle')}
        openLabel={t('money.plans.recurring.addOpen')}
        onOpen={clear}
        onSaved={announce}
        form={(done) => (
          <RecurringForm spaceId={spaceId} currency={currency} today={today} {...done} />
        )}
      />
      {list}
    </section>
  );
}
