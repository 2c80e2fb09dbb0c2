import { useState } from 'react';
import type { Member } from '@tandem/shared';
import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { AddInPlace } from './add-in-place';
import { GoalCard } from './goal-card';
import { GoalForm } from './goal-form';
import { SectionStatus, useSectionStatus } from './section-status';
import { useGoals } from './use-plans';

interface GoalsSectionProps {
  spaceId: string;
  currency: string;
  myId: string;
  members: readonly Member[];
  today: string;
}

/** What we are saving for together: each goal's progress, its pace, and who put in what. */
export function GoalsSection({ spaceId, currency, myId, members, today }: GoalsSectionProps) {
  const goals = useGoals(spaceId);
  const { heading, status, announce, clear } = useSectionStatus();
  const [adding, setAdding] = useState(false);

  let list;
  if (goals.isError) {
    list = <LoadError error={goals.error} onRetry={() => void goals.refetch()} />;
  } else if (!goals.data) {
    list = <Loading />;
  } else if (goals.data.items.length === 0) {
    list = <p className="muted">{t('money.plans.goals.empty')}</p>;
  } else {
    list = (
      <ul className="item-list">
        {goals.data.items.map((goal) => (
          <GoalCard
            key={goal.id}
            spaceId={spaceId}
            goal={goal}
            myId={myId}
            members={members}
            today={today}
            onChanged={announce}
          />
        ))}
      </ul>
    );
  }

  return (
    <section className="section" aria-labelledby="plans-goals-title">
      <h2 id="plans-goals-title" ref={heading} tabIndex={-1}>
        {t('money.plans.goals.title')}
      </h2>
      <p className="muted">{t('money.plans.goals.lead')}</p>
      <SectionStatus status={status} />
      <AddInPlace
        adding={adding}
        onAddingChange={setAdding}
        title={t('money.plans.goals.addTitle')}
        openLabel={t('money.plans.goals.addOpen')}
        onOpen={clear}
        onSaved={announce}
        form={(done) => (
          <GoalForm
            spaceId={spaceId}
            currency={currency}
            label={t('money.plans.goals.addTitle')}
            {...done}
          />
        )}
      />
      {list}
    </section>
  );
}
