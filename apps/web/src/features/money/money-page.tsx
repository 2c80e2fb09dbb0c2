import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { useToday } from '../../lib/use-today';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { AddExpenseSection } from './add-expense-section';
import { BalancesSection } from './balances-section';
import { HowWeSplitSection } from './how-we-split-section';
import { LedgerSection } from './ledger-section';
import type { MoneyContext } from './money-context';
import { MoneyNav } from './plans/money-nav';
import { useIncomes, useMoneySettings } from './use-money';

/**
 * "Money": adding an expense first, then who owes whom with the payments that settle it, the
 * shared ledger by day, and how we split (incomes, the usual rule, rules per category).
 */
export function MoneyPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const today = useToday(me.timeZone);
  const members = useMembers(space.id);
  const settings = useMoneySettings(space.id);
  const incomes = useIncomes(space.id);

  const error = members.error ?? settings.error ?? incomes.error;
  const retry = () => {
    void members.refetch();
    void settings.refetch();
    void incomes.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!members.data || !settings.data || !incomes.data) {
    content = <Loading />;
  } else {
    const context: MoneyContext = {
      spaceId: space.id,
      myId: me.id,
      timeZone: me.timeZone,
      today,
      members: members.data.items,
      settings: settings.data,
      incomes: incomes.data.items,
    };
    content = (
      <>
        <AddExpenseSection context={context} />
        <BalancesSection context={context} />
        <LedgerSection context={context} />
        <HowWeSplitSection context={context} />
      </>
    );
  }

  return (
    <Page
      title={t('money.title')}
      documentTitle={t('common.inSpace', { page: t('money.title'), space: space.name })}
      lead={t('money.lead')}
      actions={<MoneyNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
