import { useState, type FormEvent } from 'react';
import { expenseCategories, type ExpenseCategory, type SplitRuleBody } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { errorUnder, shownPaths } from './field-errors';
import { splitDraftOf, splitRuleOf } from './split-draft';
import { SplitRuleFields } from './split-rule-fields';
import { ruleChoices } from './split-settings-form';

export const isCategory = (value: string): value is ExpenseCategory =>
  (expenseCategories as readonly string[]).includes(value);

/** No exact amounts are offered for a category, so no currency is ever needed. */
const NO_CURRENCY = 'XXX';

interface CategoryRuleFormProps {
  /** The form's accessible name. */
  label: string;
  lead?: string;
  /** Everyone in the space, by id and name: a category's rule covers them all. */
  people: readonly { id: string; name: string }[];
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSave: (category: ExpenseCategory, split: SplitRuleBody) => void;
  onCancel: () => void;
}

/**
 * A split rule for one category of spending, as a decision or an agreement carries it into
 * money: the category and the rule, without exact amounts.
 */
export function CategoryRuleForm(props: CategoryRuleFormProps) {
  const { people, error } = props;
  const [category, setCategory] = useState<ExpenseCategory>('groceries');
  const [split, setSplit] = useState(() => splitDraftOf({ kind: 'equal' }, NO_CURRENCY));
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ids = people.map((person) => person.id);
    const outcome = splitRuleOf(split, ids, undefined, NO_CURRENCY);
    if (!outcome.ok || !outcome.rule) {
      setProblem(outcome.ok ? undefined : outcome.message);
      return;
    }
    props.onSave(category, outcome.rule);
  };

  return (
    <form className="form" onSubmit={submit} aria-label={props.label} noValidate>
      {props.lead ? <p className="muted">{props.lead}</p> : null}
      <FormError error={error} fields={shownPaths(error, ['category', 'split'])} />
      <SelectField
        label={t('money.categoryRules.category')}
        name="category"
        autoFocus
        value={category}
        onChange={(event) => {
          if (isCategory(event.target.value)) setCategory(event.target.value);
        }}
        error={errorUnder(error, 'category')}
      >
        {expenseCategories.map((choice) => (
          <option key={choice} value={choice}>
            {t(`money.category.${choice}`)}
          </option>
        ))}
      </SelectField>
      <SplitRuleFields
        label={t('money.categoryRules.split')}
        draft={split}
        onChange={(next) => {
          setProblem(undefined);
          setSplit(next);
        }}
        people={people}
        choices={ruleChoices}
        error={problem ?? errorUnder(error, 'split')}
      />
      <FormActions submitLabel={props.submitLabel} busy={props.pending} onCancel={props.onCancel} />
    </form>
  );
}
