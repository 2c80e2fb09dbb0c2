import { useRef, useState } from 'react';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ExpenseForm } from './expense-form';
import type { MoneyContext } from './money-context';

/** "Add an expense" first on the page: one tap, and the amount field is ready to type in. */
export function AddExpenseSection({ context }: { context: MoneyContext }) {
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<{ message: string; key: number }>();
  const addButton = useRef<HTMLButtonElement>(null);
  const backToButton = () => requestAnimationFrame(() => addButton.current?.focus());

  return (
    <div className="money-add">
      {adding ? (
        <section className="card" aria-labelledby="money-add-title">
          <h2 id="money-add-title">{t('money.add.title')}</h2>
          <ExpenseForm
            {...context}
            label={t('money.add.title')}
            onSaved={(message) => {
              setAdding(false);
              setStatus((current) => ({ message, key: (current?.key ?? 0) + 1 }));
              backToButton();
            }}
            onCancel={() => {
              setAdding(false);
              backToButton();
            }}
          />
        </section>
      ) : (
        <Button
          ref={addButton}
          className="money-add__open"
          onClick={() => {
            setStatus(undefined);
            setAdding(true);
          }}
        >
          {t('money.add.open')}
        </Button>
      )}
      {status ? (
        <Alert key={status.key} tone="success" className="notice">
          {status.message}
        </Alert>
      ) : null}
    </div>
  );
}
