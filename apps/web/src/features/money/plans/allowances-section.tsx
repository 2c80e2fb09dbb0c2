import { useRef, useState } from 'react';
import type { Member } from '@tandem/shared';
import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { Loading } from '../../../ui/loading';
import { AllowanceForm } from './allowance-form';
import {
  allowanceLeftInWords,
  allowanceSpentInWords,
  percentOf,
  type AllowanceLine,
} from './budget-words';
import { memberName } from './member-words';
import { formatMoney } from './money-text';
import { monthInWords, monthOf } from './plan-dates';
import { ProgressMeter } from './progress-meter';
import { SectionStatus, useSectionStatus } from './section-status';
import { useAllowances, useDeleteAllowance } from './use-plans';

interface AllowancesSectionProps {
  spaceId: string;
  myId: string;
  members: readonly Member[];
  today: string;
}

/**
 * Each of us has money of our own. Mine comes with what I spent of it this month (my private
 * expenses); anyone else's is only its size: what they spend it on is theirs, and the server
 * never says.
 */
export function AllowancesSection({ spaceId, myId, members, today }: AllowancesSectionProps) {
  const month = monthOf(today);
  const allowances = useAllowances(spaceId, month);
  const { heading, status, announce } = useSectionStatus();

  let content;
  if (allowances.isError) {
    content = <LoadError error={allowances.error} onRetry={() => void allowances.refetch()} />;
  } else if (!allowances.data) {
    content = <Loading />;
  } else {
    const { items, currency } = allowances.data;
    const mine = items.find((item) => item.userId === myId);
    const others = items.filter((item) => item.userId !== myId);
    content = (
      <>
        {mine ? (
          <MyAllowance
            spaceId={spaceId}
            currency={currency}
            month={month}
            mine={mine}
            onChanged={announce}
          />
        ) : null}
        {others.length > 0 ? (
          <>
            <h3 className="plans-subtitle">{t('money.plans.allowances.others')}</h3>
            <ul className="plans-plain-list">
              {others.map((item) => {
                const name = memberName(members, item.userId);
                return (
                  <li key={item.userId}>
                    {item.monthlyAmount === null
                      ? t('money.plans.allowances.theirsNone', { name })
                      : t('money.plans.allowances.theirs', {
                          name,
                          amount: formatMoney(item.monthlyAmount, currency),
                        })}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
      </>
    );
  }

  return (
    <section className="section" aria-labelledby="plans-allowances-title">
      <h2 id="plans-allowances-title" ref={heading} tabIndex={-1}>
        {t('money.plans.allowances.title')}
      </h2>
      <p className="muted">{t('money.plans.allowances.lead')}</p>
      <SectionStatus status={status} />
      {content}
    </section>
  );
}

interface MyAllowanceProps {
  spaceId: string;
  currency: string;
  month: string;
  mine: AllowanceLine;
  onChanged: (message: string) => void;
}

function MyAllowance({ spaceId, currency, month, mine, onChanged }: MyAllowanceProps) {
  const remove = useDeleteAllowance(spaceId);
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  const spent = allowanceSpentInWords(mine, currency);
  const left = allowanceLeftInWords(mine, currency);

  if (mine.monthlyAmount === null) {
    return (
      <div className="card plans-item">
        <p className="plans-item__line">{t('money.plans.allowances.mineNone')}</p>
        <AllowanceForm spaceId={spaceId} currency={currency} current={null} onSaved={onChanged} />
      </div>
    );
  }

  return (
    <div className="card plans-item">
      <h3 className="card__title plans-item__title">
        {t('money.plans.allowances.mine', {
          amount: formatMoney(mine.monthlyAmount, currency),
        })}
      </h3>
      {spent !== null && mine.spent !== null ? (
        <>
          <ProgressMeter
            label={t('money.plans.allowances.meterLabel', { month: monthInWords(month) })}
            valueText={spent}
            percent={percentOf(mine.spent, mine.monthlyAmount)}
            tone={(mine.left ?? 0) < 0 ? 'over' : 'normal'}
          />
          <p className="plans-figures">
            <span>{spent}</span>
            <strong className={(mine.left ?? 0) < 0 ? 'plans-figures__over' : undefined}>
              {left}
            </strong>
          </p>
        </>
      ) : null}
      <p className="muted plans-item__line">{t('money.plans.allowances.onlyYou')}</p>
      {editing ? (
        <AllowanceForm
          spaceId={spaceId}
          currency={currency}
          current={mine.monthlyAmount}
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
              aria-label={t('money.plans.allowances.changeLabel')}
              onClick={() => setEditing(true)}
            >
              {t('money.plans.allowances.change')}
            </Button>
            <ConfirmAction
              label={t('money.plans.allowances.remove')}
              accessibleLabel={t('money.plans.allowances.removeLabel')}
              question={t('money.plans.allowances.removeConfirm')}
              confirmLabel={t('money.plans.allowances.removeYes')}
              cancelLabel={t('money.plans.keep')}
              busy={remove.isPending}
              onConfirm={() => {
                remove.mutateAsync().then(
                  () => onChanged(t('money.plans.allowances.removed')),
                  () => undefined, // shown by FormError
                );
              }}
            />
          </div>
        </div>
      )}
    </div>
  );
}
