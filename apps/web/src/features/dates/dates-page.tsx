import { useState } from 'react';
import type { DateIdeaView } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { TogetherApartNav } from '../growth/together-apart-nav';
import { IdeasSection } from './ideas-section';
import { MemoriesSection } from './memories-section';
import type { Planning } from './plan-date-section';
import { PlansSection } from './plans-section';
import { usePlans } from './use-dates';
import { useDatesContext } from './use-dates-context';

/**
 * "Dates": invitations waiting for my answer, what is coming up and what is past, planning one
 * (from scratch or from an idea), the bank of ideas and our own, and our timeline of memories.
 */
export function DatesPage() {
  const { space, members, context } = useDatesContext();
  const plans = usePlans(space.id);
  const [planning, setPlanning] = useState<Planning>();
  const plan = (idea?: DateIdeaView) =>
    setPlanning((current) => ({ idea, key: (current?.key ?? 0) + 1 }));

  let content;
  const error = members.error ?? plans.error;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void members.refetch();
          void plans.refetch();
        }}
      />
    );
  } else if (!context || !plans.data) {
    content = <Loading />;
  } else {
    content = (
      <>
        <PlansSection
          context={context}
          dates={plans.data.items}
          planning={planning}
          onPlan={() => plan()}
          onClosePlan={() => setPlanning(undefined)}
        />
        <IdeasSection context={context} onPlan={plan} />
        <MemoriesSection context={context} />
      </>
    );
  }

  return (
    <Page
      title={t('dates.title')}
      documentTitle={t('common.inSpace', { page: t('dates.nav'), space: space.name })}
      lead={t('dates.lead')}
      actions={<TogetherApartNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
