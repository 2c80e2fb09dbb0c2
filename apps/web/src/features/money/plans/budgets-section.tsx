import { useState } from 'react';
import { expenseCategories } from '@tandem/shared';
import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { AddInPlace } from './add-in-place';
import { BudgetForm } from './budget-form';
import { BudgetItem } from './budget-item';
import { MonthSwitcher } from './month-switcher';
import { monthOf } from './plan-dates';
import { SectionStatus, useSectionStatus } from './section-status';
import { useBudgets } from './use-plans';

interface BudgetsSectionProps {
  spaceId: string;
  today: string;
}

/** Each shared category's budget for a month, this one unless we look back or ahead. */
export function BudgetsSection({ spaceId, today }: BudgetsSectionProps) {
  const thisMonth = monthOf(today);
  const [chosen, setChosen] = useState<string>();
  const month = chosen ?? thisMonth;
  const budgets = useBudgets(spaceId, month);
  const { heading, status, announce, clear } = useSectionStatus();
  const [adding, setAdding] = useState(false);

  let content;
  if (budgets.isError) {
    content = <LoadError error={budgets.error} onRetry={() => void budgets.refetch()} />;
  } else if (!budgets.data) {
    content = <Loading />;
  } else {
    const { items, currency } = budgets.data;
    const free = expenseCategories.filter((c) => !items.some((item) => item.category === c));
    content = (
      <>
        {free.length > 0 ? (
          <AddInPlace
            adding={adding}
            onAddingChange={setAdding}
            title={t('money.plans.budgets.addTitle')}
            openLabel={t('money.plans.budgets.addOpen')}
            onOpen={clear}
            onSaved={announce}
            form={(done) => (
              <BudgetForm
                spaceId={spaceId}
                currency={currency}
                free={free}
                label={t('money.plans.budgets.addTitle')}
                {...done}
              />
            )}
          />
        ) : (
          <p className="muted">{t('money.plans.budgets.allSet')}</p>
        )}
        {items.length === 0 ? (
          <p className="muted">{t('money.plans.budgets.empty')}</p>
        ) : (
          <ul className="item-list">
            {items.map((budget) => (
              <BudgetItem
                key={budget.category}
                spaceId={spaceId}
                currency={currency}
                month={budgets.data.month}
                budget={budget}
                onChanged={announce}
              />
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="plans-budgets-title">
      <h2 id="plans-budgets-title" ref={heading} tabIndex={-1}>
        {t('money.plans.budgets.title')}
      </h2>
      <p className="muted">{t('money.plans.budgets.lead')}</p>
      <MonthSwitcher
        month={month}
        thisMonth={thisMonth}
        onChange={(next) => setChosen(next === thisMonth ? undefined : next)}
      />
      <SectionStatus status={status} />
      {content}
    </section>
  );
}
