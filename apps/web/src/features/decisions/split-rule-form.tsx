import { t } from '../../lib/i18n';
import { CategoryRuleForm } from '../money/category-rule-form';
import { useFollowThrough } from './use-decisions';

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
  return (
    <CategoryRuleForm
      label={t('decide.follow.rule.formTitle')}
      people={people}
      submitLabel={t('decide.follow.rule.submit')}
      pending={follow.isPending}
      error={follow.error}
      onSave={(category, split) => follow.mutate({ kind: 'expense_rule', category, split })}
      onCancel={onCancel}
    />
  );
}
