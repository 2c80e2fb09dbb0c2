import { t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import { ExpenseForm } from './expense-form';
import type { MoneyContext } from './money-context';

/** "Add an expense" first on the page: one tap, and the amount field is ready to type in. */
export function AddExpenseSection({ context }: { context: MoneyContext }) {
  return (
    <AddSection
      className="money-add"
      level={2}
      openLabel={t('money.add.open')}
      title={t('money.add.title')}
      form={({ saved, cancel }) => (
        <ExpenseForm {...context} label={t('money.add.title')} onSaved={saved} onCancel={cancel} />
      )}
    />
  );
}
