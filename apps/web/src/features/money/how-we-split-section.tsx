import { t } from '../../lib/i18n';
import { CategoryRules } from './category-rules';
import { IncomeForm } from './income-form';
import { incomeInWords, incomesComplete } from './income-words';
import type { MoneyContext } from './money-context';
import { SplitSettingsForm } from './split-settings-form';

/** Incomes (mine private if I like), the space's currency, the usual split and rules per category. */
export function HowWeSplitSection({ context }: { context: MoneyContext }) {
  const { incomes, settings, members, myId } = context;
  return (
    <section className="card section how-we-split" aria-labelledby="how-we-split-title">
      <h2 id="how-we-split-title">{t('money.split.title')}</h2>
      <p className="muted">{t('money.split.lead')}</p>
      <h3>{t('money.income.title')}</h3>
      <ul className="income-list">
        {incomes.map((income) => (
          <li key={income.userId}>{incomeInWords(income, settings.currency, members, myId)}</li>
        ))}
      </ul>
      {incomesComplete(incomes) ? null : <p className="muted">{t('money.income.incomplete')}</p>}
      <IncomeForm context={context} />
      <h3>{t('money.settings.title')}</h3>
      <SplitSettingsForm context={context} />
      <h3>{t('money.categoryRules.title')}</h3>
      <CategoryRules context={context} />
    </section>
  );
}
