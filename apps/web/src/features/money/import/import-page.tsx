import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { MoneyNav, moneyPath } from '../plans/money-nav';
import { useMoneySettings } from '../use-money';
import { ExportSection } from './export-section';
import { ImportFlow } from './import-flow';

/**
 * "Import and export": a bank's or Splitwise's CSV export brought into the ledger after a
 * preview, and the ledger taken away as CSV or JSON.
 */
export function ImportPage() {
  const space = useCurrentSpace();
  const members = useMembers(space.id);
  const settings = useMoneySettings(space.id);

  const error = members.error ?? settings.error;
  const retry = () => {
    void members.refetch();
    void settings.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!members.data || !settings.data) {
    content = <Loading />;
  } else {
    content = (
      <ImportFlow
        spaceId={space.id}
        members={members.data.items}
        currency={settings.data.currency}
        ledgerPath={moneyPath(space.id)}
      />
    );
  }

  return (
    <Page
      title={t('money.import.title')}
      documentTitle={t('common.inSpace', { page: t('money.import.title'), space: space.name })}
      lead={t('money.import.lead')}
      actions={<MoneyNav spaceId={space.id} />}
    >
      {content}
      <ExportSection spaceId={space.id} />
    </Page>
  );
}
