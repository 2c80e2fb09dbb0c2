import { useState } from 'react';
import type { InsightsView } from '@tandem/shared';
import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { ButtonLink } from '../../../ui/button-link';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { RadioGroup } from '../../../ui/radio-group';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { MoneyNav, moneyPath } from '../plans/money-nav';
import { insightsPeriods, type InsightsPeriod } from './insights-api';
import { SharesSection } from './shares-section';
import { spokenMonth } from './shares-words';
import { SpendingSection } from './spending-section';
import { useInsights } from './use-insights';

const periodOptions = insightsPeriods.map((months) => ({
  value: String(months) as `${InsightsPeriod}`,
  label: t('money.insights.months', { count: months }),
}));

/** Nothing spent and no shared costs in the months shown: nothing to draw yet. */
const isEmpty = (view: InsightsView) => view.byCategory.length === 0 && spokenMonth(view) === null;

/**
 * "Where it goes": shared spending by category month by month, and each one's part of the
 * shared costs beside their part of the income — figures in words and tables as well as charts.
 */
export function InsightsPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const [months, setMonths] = useState<InsightsPeriod>(6);
  const insights = useInsights(space.id, months);
  const members = useMembers(space.id);

  const error = insights.error ?? members.error;
  const retry = () => {
    void insights.refetch();
    void members.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!insights.data || !members.data) {
    content = <Loading />;
  } else if (isEmpty(insights.data)) {
    content = (
      <div
        className="card section insights__empty"
        aria-busy={insights.isPlaceholderData || undefined}
      >
        <p>{t('money.insights.empty')}</p>
        <ButtonLink variant="secondary" to={moneyPath(space.id)}>
          {t('money.insights.toLedger')}
        </ButtonLink>
      </div>
    );
  } else {
    content = (
      // Busy while another period loads: the months before stay on screen meanwhile.
      <div className="insights" aria-busy={insights.isPlaceholderData || undefined}>
        <SpendingSection view={insights.data} />
        <SharesSection view={insights.data} members={members.data.items} myId={me.id} />
      </div>
    );
  }

  return (
    <Page
      title={t('money.insights.title')}
      documentTitle={t('common.inSpace', { page: t('money.insights.title'), space: space.name })}
      lead={t('money.insights.lead')}
      actions={<MoneyNav spaceId={space.id} />}
    >
      <RadioGroup
        legend={t('money.insights.show')}
        name="insights-months"
        layout="inline"
        options={periodOptions}
        value={`${months}`}
        onChange={(value) => setMonths(insightsPeriods.find((p) => `${p}` === value) ?? months)}
      />
      {content}
    </Page>
  );
}
