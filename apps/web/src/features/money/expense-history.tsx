import type { Member } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { historyInWords } from './expense-words';
import { useExpenseHistory } from './use-money';

interface ExpenseHistoryProps {
  spaceId: string;
  expenseId: string;
  members: readonly Member[];
  myId: string;
  timeZone: string;
  id: string;
}

/** Every change to one line, oldest first: who, when, and the amount and what for after it. */
export function ExpenseHistory({
  spaceId,
  expenseId,
  members,
  myId,
  timeZone,
  id,
}: ExpenseHistoryProps) {
  const history = useExpenseHistory(spaceId, expenseId, true);
  if (history.error) {
    return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  }
  if (!history.data) return <Loading label={t('money.history.loading')} />;
  return (
    <ol className="expense-history" id={id}>
      {historyInWords(history.data.items, members, myId, timeZone).map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ol>
  );
}
