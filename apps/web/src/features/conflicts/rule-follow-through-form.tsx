import { useState, type FormEvent } from 'react';
import { expenseCategories, type ExpenseCategory, type Member } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { FormActions } from '../../ui/form-actions';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { splitDraftOf, splitRuleOf } from '../money/split-draft';
import { SplitRuleFields } from '../money/split-rule-fields';
import { ruleChoices } from '../money/split-settings-form';
import { expenseRuleBody } from './follow-through-draft';
import { useFollowThrough } from './use-conflicts';

interface RuleFollowThroughFormProps {
  spaceId: string;
  topicId: string;
  item: { id: string };
  /** Everyone in the space: a category's rule covers them all. */
  people: readonly Member[];
  onCancel: () => void;
}

const isCategory = (value: string): value is ExpenseCategory =>
  (expenseCategories as readonly string[]).includes(value);

/** "Make it a money rule": how one kind of spending is split from now on, for the whole space. */
export function RuleFollowThroughForm({
  spaceId,
  topicId,
  item,
  people,
  onCancel,
}: RuleFollowThroughFormProps) {
  const follow = useFollowThrough(spaceId, topicId, item.id);
  const [category, setCategory] = useState<ExpenseCategory>('groceries');
  // Only rules that need no currency are offered (no exact amounts), so none is needed here.
  const [split, setSplit] = useState(() => splitDraftOf({ kind: 'equal' }, ''));
  const [problem, setProblem] = useState<string>();
  const everyone = people.map((member) => ({ id: member.userId, name: member.displayName }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const outcome = splitRuleOf(
      split,
      everyone.map((person) => person.id),
      undefined,
      '',
    );
    if (!outcome.ok || !outcome.rule) {
      setProblem(outcome.ok ? undefined : outcome.message);
      return;
    }
    follow.mutate(expenseRuleBody(category, outcome.rule));
  };

  return (
    <form className="form resolve-follow__form" onSubmit={submit} noValidate>
      <p className="muted">{t('resolve.follow.rule.lead')}</p>
      <FormError error={follow.error} />
      <SelectField
        label={t('resolve.follow.rule.category')}
        autoFocus
        value={category}
        onChange={(event) => {
          if (isCategory(event.target.value)) setCategory(event.target.value);
        }}
      >
        {expenseCategories.map((c) => (
          <option key={c} value={c}>
            {t(`money.category.${c}`)}
          </option>
        ))}
      </SelectField>
      <SplitRuleFields
        label={t('resolve.follow.rule.split')}
        draft={split}
        onChange={(draft) => {
          setSplit(draft);
          setProblem(undefined);
        }}
        people={everyone}
        choices={ruleChoices}
        error={problem}
      />
      <FormActions
        submitLabel={t('resolve.follow.rule.submit')}
        busy={follow.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
