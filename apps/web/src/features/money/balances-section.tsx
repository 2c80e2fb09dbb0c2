import { useRef, useState } from 'react';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { allSquare, balanceInWords, transferInWords } from './balance-words';
import { currencyLabel } from './currency-options';
import { paymentInWords } from './expense-words';
import type { SettlementBody } from './money-api';
import type { MoneyContext } from './money-context';
import { SettlementForm } from './settlement-form';
import { useBalances, useRecordSettlement } from './use-money';

/**
 * Who owes whom, per currency (never converted), and the fewest payments that settle it, each
 * with a button to record it once it is made.
 */
export function BalancesSection({ context }: { context: MoneyContext }) {
  const { spaceId, members, myId } = context;
  const balances = useBalances(spaceId);
  const record = useRecordSettlement(spaceId);
  const [recording, setRecording] = useState(false);
  const [status, setStatus] = useState<{ message: string; key: number }>();
  const heading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const recorded = (payment: SettlementBody) => {
    const message = t('money.balances.recorded', {
      payment: paymentInWords(payment, members, myId),
    });
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    // The transfer's button goes once the balances are in: carry on from the heading.
    heading.current?.focus();
  };

  let content;
  if (balances.error) {
    content = <LoadError error={balances.error} onRetry={() => void balances.refetch()} />;
  } else if (!balances.data) {
    content = <Loading />;
  } else if (balances.data.currencies.every(allSquare)) {
    content = <p className="money-empty">{t('money.balances.allSquare')}</p>;
  } else {
    const several = balances.data.currencies.length > 1;
    content = balances.data.currencies.map((view) => (
      <div key={view.currency} className="balance-currency">
        {several ? <h3>{currencyLabel(view.currency)}</h3> : null}
        {allSquare(view) ? (
          <p>{t('money.balances.allSquareIn', { currency: view.currency })}</p>
        ) : (
          <>
            <ul className="balance-list">
              {view.balances.map((balance) => (
                <li
                  key={balance.userId}
                  className={balance.amount < 0 ? 'balance balance--owes' : 'balance'}
                >
                  {balanceInWords(balance, view.currency, members, myId)}
                </li>
              ))}
            </ul>
            <h4 className="transfers-title">{t('money.balances.transfers')}</h4>
            <ul className="transfer-list">
              {view.transfers.map((transfer) => {
                const sentence = transferInWords(transfer, view, members, myId);
                const body = { ...transfer, currency: view.currency };
                const busy =
                  record.isPending &&
                  record.variables.from === body.from &&
                  record.variables.to === body.to &&
                  record.variables.currency === body.currency;
                return (
                  <li key={`${transfer.from}-${transfer.to}`} className="transfer">
                    <p className="transfer__sentence">{sentence}</p>
                    <Button
                      variant="secondary"
                      busy={busy}
                      disabled={record.isPending && !busy}
                      aria-label={t('money.balances.recordLabel', { payment: sentence })}
                      onClick={() => record.mutate(body, { onSuccess: () => recorded(body) })}
                    >
                      {t('money.balances.record')}
                    </Button>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    ));
  }

  return (
    <section className="card section money-balances" aria-labelledby="balances-title">
      <h2 id="balances-title" ref={heading} tabIndex={-1}>
        {t('money.balances.title')}
      </h2>
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
      <FormError error={record.error} />
      {content}
      {recording ? (
        <SettlementForm
          context={context}
          suggested={balances.data?.currencies.flatMap((view) =>
            view.transfers.map((transfer) => ({ ...transfer, currency: view.currency })),
          )}
          onSaved={(payment) => {
            setRecording(false);
            recorded(payment);
          }}
          onCancel={() => {
            setRecording(false);
            requestAnimationFrame(() => openButton.current?.focus());
          }}
        />
      ) : (
        <div className="button-row balance-other">
          <Button
            ref={openButton}
            variant="quiet"
            onClick={() => {
              setStatus(undefined);
              setRecording(true);
            }}
          >
            {t('money.settle.open')}
          </Button>
        </div>
      )}
    </section>
  );
}
