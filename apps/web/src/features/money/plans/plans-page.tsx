import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { useToday } from '../../../lib/use-today';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { AllowancesSection } from './allowances-section';
import { BudgetsSection } from './budgets-section';
import { GoalsSection } from './goals-section';
import { MoneyNav } from './money-nav';
import { RecurringSection } from './recurring-section';
import { useMoneySettings } from './use-plans';

/**
 * "Plans": money planned ahead rather than spent — what comes round, what we mean to spend by
 * category, what each of us keeps for ourselves, and what we save for together.
 */
export function PlansPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const today = useToday(me.timeZone);
  const settings = useMoneySettings(space.id);
  const members = useMembers(space.id);

  const error = settings.error ?? members.error;
  const retry = () => {
    void settings.refetch();
    void members.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!settings.data || !members.data) {
    content = <Loading />;
  } else {
    const { currency } = settings.data;
    const people = members.data.items;
    content = (
      <>
        <RecurringSection spaceId={space.id} currency={currency} members={people} today={today} />
        <BudgetsSection spaceId={space.id} today={today} />
        <AllowancesSection spaceId={space.id} myId={me.id} members={people} today={today} />
        <GoalsSection
          spaceId={space.id}
          currency={currency}
          myId={me.id}
          members={people}
          today={today}
        />
      </>
    );
  }

  return (
    <Page
      title={t('money.plans.title')}
      documentTitle={t('common.inSpace', { page: t('money.plans.title'), space: space.name })}
      lead={t('money.plans.lead')}
      actions={<MoneyNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
