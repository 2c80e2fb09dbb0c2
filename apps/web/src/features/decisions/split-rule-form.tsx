import { useState, type FormEvent } from 'react';
import { expenseCategories, type ExpenseCategory } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { errorUnder, shownPaths } from '../money/field-errors';
import { splitDraftOf, splitRuleOf } from '../money/split-draft';
import { SplitRuleFields } from '../money/split-rule-fields';
import { ruleChoices } from '../money/split-settings-form';
import { useFollowThrough } from './use-decisions';

const isCategory = (value: string): value is ExpenseCategory =>
  (expenseCategories as readonly string[]).includes(value);
/** No exact amounts are offered for a category, so no currency is ever needed. */
const NO_CURRENCY = 'XXX';

interface SplitRuleFormProps {
  spaceId: string;
  decisionId: string;
  /** Everyone in the space, by id and name ("You" for me): a rule's per-person values. */
  people: readonly { id: string; name: string }[];
  onCancel: () => void;
}

/** The choice as a money rule: how the costs of one category are split from now on. */
export function SplitRuleForm({ spaceId, decisionId, people, onCancel }: SplitRuleFormProps) {
  const follow = useFollowThrough(spaceId, decisionId);
  const [category, setCategory] = useState<ExpenseCategory>('housing');
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
    follow.mutate({ kind: 'expense_rule', category, split: outcome.rule });
  };

  return (
    <form
      className="form"
      onSubmit={submit}
      aria-label={t('decide.follow.rule.formTitle')}
      noValidate
    >
      <FormError error={follow.error} fields={shownPaths(follow.error, ['category', 'split'])} />
      <SelectField
        label={t('decide.follow.rule.category')}
        name="category"
        autoFocus
        value={category}
        onChange={(event) => {
          if (isCategory(event.target.value)) setCategory(event.target.value);
        }}
        error={errorUnder(follow.error, 'category')}
      >
        {expenseCategories.map((choice) => (
          <option key={choice} value={choice}>
            {t(`money.category.${choice}`)}
          </option>
        ))}
      </SelectField>
      <SplitRuleFields
        label={t('decide.follow.rule.split')}
        draft={split}
        onChange={(next) => {
          setProblem(undefined);
          setSplit(next);
        }}
        people={people}
        choices={ruleChoices}
        error={problem ?? errorUnder(follow.error, 'split')}
      />
      <FormActions
        submitLabel={t('decide.follow.rule.submit')}
        busy={follow.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
