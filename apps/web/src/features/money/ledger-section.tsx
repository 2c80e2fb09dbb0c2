import { useRef, useState } from 'react';
import { LoadError } from '../../app/load-error';
import { relativeDay } from '../../lib/dates';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import { LedgerItem } from './ledger-item';
import { groupByDay, ledgerItems } from './ledger-view';
import type { MoneyContext } from './money-context';
import { useLedger } from './use-money';

/** A day's heading: "Today", "Yesterday", else the date (with its year when not this year). */
function dayHeading(day: string, today: string): string {
  const relative = relativeDay(day, today);
  if (relative === 'today') return t('money.ledger.today');
  if (relative === 'yesterday') return t('money.ledger.yesterday');
  return format.day(day, day.slice(0, 4) !== today.slice(0, 4));
}

/** The shared ledger, newest first, by day, a page at a time. */
export function LedgerSection({ context }: { context: MoneyContext }) {
  const ledger = useLedger(context.spaceId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState<{ message: string; key: number }>();
  const done = (message: string) => {
    setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    // The line (or its form) may be gone: carry on from the ledger's heading.
    heading.current?.focus();
  };

  let content;
  if (ledger.error) {
    content = <LoadError error={ledger.error} onRetry={() => void ledger.refetch()} />;
  } else if (!ledger.data) {
    content = <Loading />;
  } else {
    const groups = groupByDay(ledgerItems(ledger.data.pages));
    content =
      groups.length === 0 ? (
        <p className="money-empty">{t('money.ledger.empty')}</p>
      ) : (
        <>
          {groups.map(({ day, items }) => (
            <div key={day} className="ledger-day">
              <h3 className="ledger-day__title">{dayHeading(day, context.today)}</h3>
              <ul className="ledger-list">
                {items.map((line) => (
                  <LedgerItem key={line.id} context={context} line={line} onDone={done} />
                ))}
              </ul>
            </div>
          ))}
          {ledger.hasNextPage ? (
            <div className="button-row ledger-more">
              <Button
                variant="secondary"
                busy={ledger.isFetchingNextPage}
                onClick={() => void ledger.fetchNextPage()}
              >
                {t('money.ledger.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      );
  }

  return (
    <section className="section" aria-labelledby="ledger-title">
      <h2 id="ledger-title" ref={heading} tabIndex={-1}>
        {t('money.ledger.title')}
      </h2>
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
      {content}
    </section>
  );
}
