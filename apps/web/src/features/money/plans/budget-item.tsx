import { useRef, useState } from 'react';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { BudgetForm } from './budget-form';
import {
  budgetAvailable,
  budgetLeftInWords,
  budgetSpentInWords,
  percentOf,
  rolloverInWords,
  type BudgetLine,
} from './budget-words';
import { formatMoney } from './money-text';
import { monthInWords, type Month } from './plan-dates';
import { ProgressMeter } from './progress-meter';
import { useDeleteBudget } from './use-plans';

interface BudgetItemProps {
  spaceId: string;
  currency: string;
  month: Month;
  budget: BudgetLine;
  onChanged: (message: string) => void;
}

/** One category's month: spent against its limit as a bar and in words, changed or removed. */
export function BudgetItem({ spaceId, currency, month, budget, onChanged }: BudgetItemProps) {
  const remove = useDeleteBudget(spaceId, budget.category);
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const category = t(`money.plans.category.${budget.category}`);
  const spent = budgetSpentInWords(budget, currency);
  const rollover = rolloverInWords(budget, currency);

  return (
    <li className="card plans-item">
      <div className="plans-item__head">
        <h3 className="card__title plans-item__title">{category}</h3>
        <p className="plans-item__amount">
          {t('money.plans.budgets.limitLine', {
            limit: formatMoney(budget.monthlyLimit, currency),
          })}
        </p>
      </div>
      <ProgressMeter
        label={t('money.plans.budgets.meterLabel', { category, month: monthInWords(month) })}
        valueText={spent}
        percent={percentOf(budget.spent, budgetAvailable(budget))}
        tone={budget.left < 0 ? 'over' : 'normal'}
      />
      <p className="plans-figures">
        <span>{spent}</span>
        <strong className={budget.left < 0 ? 'plans-figures__over' : undefined}>
          {budgetLeftInWords(budget, currency)}
        </strong>
      </p>
      {rollover ? <p className="muted plans-item__line">{rollover}</p> : null}
      {editing ? (
        <BudgetForm
          spaceId={spaceId}
          currency={currency}
          budget={budget}
          free={[]}
          label={t('money.plans.budgets.changeLabel', { category })}
          onSaved={(message) => {
            setEditing(false);
            onChanged(message);
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => changeButton.current?.focus());
          }}
        />
      ) : (
        <div className="plans-item__actions">
          <FormError error={remove.error} />
          <div className="button-row">
            <Button
              ref={changeButton}
              variant="secondary"
              aria-label={t('money.plans.budgets.changeLabel', { category })}
              onClick={() => setEditing(true)}
            >
              {t('money.plans.budgets.change')}
            </Button>
            <ConfirmAction
              label={t('money.plans.budgets.remove')}
              accessibleLabel={t('money.plans.budgets.removeLabel', { category })}
              question={t('money.plans.budgets.removeConfirm', { category })}
              confirmLabel={t('money.plans.budgets.removeYes')}
              cancelLabel={t('money.plans.keep')}
              busy={remove.isPending}
              onConfirm={() => {
                remove.mutateAsync().then(
                  () => onChanged(t('money.plans.budgets.removed', { category })),
                  () => undefined, // shown by FormError
                );
              }}
            />
          </div>
        </div>
      )}
    </li>
  );
}
