import { useId, useRef, useState } from 'react';
import type { Expense } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { ExpenseForm } from './expense-form';
import { ExpenseHistory } from './expense-history';
import { changedByInWords, lineTitle, myShareInWords, paidByInWords } from './expense-words';
import type { MoneyContext } from './money-context';
import { useDeleteExpense } from './use-money';

interface LedgerItemProps {
  context: MoneyContext;
  line: Expense;
  /** After it was edited or deleted, with a sentence saying so. */
  onDone: (message: string) => void;
}

/**
 * One line of the ledger: what for (or whose, when that stays private), how much, who paid and
 * my share; a settlement says who paid whom. Edit, delete and its history when allowed.
 */
export function LedgerItem({ context, line, onDone }: LedgerItemProps) {
  const { spaceId, members, myId, timeZone } = context;
  const remove = useDeleteExpense(spaceId, line.id);
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const historyId = useId();
  const title = lineTitle(line, members, myId);
  const amount = format.money(line.amount, line.currency);
  const settlement = line.kind === 'settlement';
  const changedBy = changedByInWords(line, members, myId);
  const hidden = line.description === null && !settlement;

  return (
    <li className={settlement ? 'card ledger-item ledger-item--settlement' : 'card ledger-item'}>
      <div className="ledger-item__top">
        <h4
          className={
            hidden ? 'ledger-item__title ledger-item__title--hidden' : 'ledger-item__title'
          }
        >
          {title}
        </h4>
        {settlement ? null : <p className="ledger-item__amount">{amount}</p>}
      </div>
      {settlement ? (
        <p className="ledger-item__meta">{t('money.ledger.settlement')}</p>
      ) : (
        <>
          <p className="ledger-item__meta">
            {t('money.ledger.meta', {
              category: t(`money.category.${line.category}`),
              paidBy: paidByInWords(line, members, myId),
            })}
          </p>
          <p className="ledger-item__share">{myShareInWords(line, myId)}</p>
        </>
      )}
      {line.privacy !== 'shared' ? (
        <p className="ledger-item__privacy">
          <span className="badge badge--quiet">{t(`money.privacy.${line.privacy}`)}</span>{' '}
          {t(`money.ledger.privacy.${line.privacy}`)}
        </p>
      ) : null}
      {changedBy ? <p className="ledger-item__changed muted">{changedBy}</p> : null}
      {editing ? (
        <ExpenseForm
          {...context}
          expense={line}
          label={t('money.ledger.editLabel', { name: title })}
          onSaved={(message) => {
            setEditing(false);
            onDone(message);
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <div className="ledger-item__actions">
          {line.capabilities.canEdit ? (
            <Button
              ref={editButton}
              variant="secondary"
              aria-label={t('money.ledger.editLabel', { name: title })}
              onClick={() => setEditing(true)}
            >
              {t('money.ledger.edit')}
            </Button>
          ) : null}
          <Button
            variant="quiet"
            aria-expanded={historyOpen}
            aria-controls={historyOpen ? historyId : undefined}
            aria-label={t('money.ledger.historyLabel', { name: title })}
            onClick={() => setHistoryOpen(!historyOpen)}
          >
            {t('money.ledger.history')}
          </Button>
          {line.capabilities.canDelete ? (
            <ConfirmAction
              label={t('money.ledger.delete')}
              accessibleLabel={t('money.ledger.deleteLabel', { name: title })}
              question={t('money.ledger.deleteConfirm', { name: title, amount })}
              confirmLabel={t('money.ledger.deleteYes')}
              cancelLabel={t('money.ledger.keep')}
              busy={remove.isPending}
              // Not a `mutate` callback: the line is gone, and this item with it, by then.
              onConfirm={() =>
                void remove.mutateAsync().then(
                  () => onDone(t('money.ledger.deleted', { name: title })),
                  () => undefined, // shown by FormError
                )
              }
            />
          ) : null}
        </div>
      )}
      <FormError error={remove.error} />
      {historyOpen ? (
        <ExpenseHistory
          id={historyId}
          spaceId={spaceId}
          expenseId={line.id}
          members={members}
          myId={myId}
          timeZone={timeZone}
        />
      ) : null}
    </li>
  );
}
