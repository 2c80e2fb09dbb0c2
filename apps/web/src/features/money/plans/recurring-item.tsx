import { useRef, useState } from 'react';
import type { Member, RecurringExpense } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { cx } from '../../../ui/class-names';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { memberName } from './member-words';
import { formatMoney } from './money-text';
import { RecurringEditForm } from './recurring-edit-form';
import { scheduleInWords } from './recurring-words';
import { useDeleteRecurring, useUpdateRecurring } from './use-plans';

interface RecurringItemProps {
  spaceId: string;
  recurring: RecurringExpense;
  members: readonly Member[];
  today: string;
  onChanged: (message: string) => void;
}

/** One recurring expense: what, how much, how often and when next; changed, stopped, removed. */
export function RecurringItem({
  spaceId,
  recurring,
  members,
  today,
  onChanged,
}: RecurringItemProps) {
  const stop = useUpdateRecurring(spaceId, recurring.id);
  const remove = useDeleteRecurring(spaceId, recurring.id);
  const [editing, setEditing] = useState(false);
  const changeButton = useRef<HTMLButtonElement>(null);
  // Someone else's amount-only one: the amount is shared, what it is for is theirs.
  const name =
    recurring.description ??
    t('money.plans.recurring.privateOf', { name: memberName(members, recurring.createdBy) });
  const { canEdit } = recurring.capabilities;

  return (
    <li className={cx('card plans-item', recurring.ended && 'plans-item--ended')}>
      <div className="plans-item__head">
        <h3 className="card__title plans-item__title">{name}</h3>
        <p className="plans-item__amount">{formatMoney(recurring.amount, recurring.currency)}</p>
      </div>
      <p className="plans-item__line">{scheduleInWords(recurring, today)}</p>
      <p className="plans-item__tags">
        <span className="badge badge--quiet">
          {t(`money.plans.category.${recurring.category}`)}
        </span>
        {recurring.privacy !== 'shared' ? (
          <span className="badge badge--quiet">
            {t(`money.plans.recurring.badge.${recurring.privacy}`)}
          </span>
        ) : null}
        {recurring.ended ? (
          <span className="badge">{t('money.plans.recurring.stoppedBadge')}</span>
        ) : null}
      </p>
      {canEdit && editing ? (
        <RecurringEditForm
          spaceId={spaceId}
          recurring={recurring}
          name={name}
          onSaved={(message) => {
            setEditing(false);
            onChanged(message);
          }}
          onCancel={() => {
            setEditing(false);
            // Back where the reader was, once the button is on screen again.
            requestAnimationFrame(() => changeButton.current?.focus());
          }}
        />
      ) : null}
      {canEdit && !editing ? (
        <div className="plans-item__actions">
          <FormError error={stop.error ?? remove.error} />
          <div className="button-row">
            {!recurring.ended ? (
              <Button
                ref={changeButton}
                variant="secondary"
                aria-label={t('money.plans.recurring.changeLabel', { name })}
                onClick={() => setEditing(true)}
              >
                {t('money.plans.recurring.change')}
              </Button>
            ) : null}
            {!recurring.ended ? (
              <ConfirmAction
                label={t('money.plans.recurring.stop')}
                accessibleLabel={t('money.plans.recurring.stopLabel', { name })}
                question={t('money.plans.recurring.stopConfirm', { name })}
                confirmLabel={t('money.plans.recurring.stopYes')}
                cancelLabel={t('money.plans.keep')}
                busy={stop.isPending}
                onConfirm={() => {
                  stop.mutateAsync({ ended: true }).then(
                    () => onChanged(t('money.plans.recurring.stopped', { name })),
                    () => undefined, // shown by FormError
                  );
                }}
              />
            ) : null}
            <ConfirmAction
              label={t('money.plans.recurring.remove')}
              accessibleLabel={t('money.plans.recurring.removeLabel', { name })}
              question={t('money.plans.recurring.removeConfirm', { name })}
              confirmLabel={t('money.plans.recurring.removeYes')}
              cancelLabel={t('money.plans.keep')}
              busy={remove.isPending}
              onConfirm={() => {
                remove.mutateAsync().then(
                  () => onChanged(t('money.plans.recurring.removed', { name })),
                  () => undefined, // shown by FormError
                );
              }}
            />
          </div>
        </div>
      ) : null}
    </li>
  );
}
