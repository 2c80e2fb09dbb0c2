import type { Member } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { CategoryRuleForm } from '../money/category-rule-form';
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

/** "Make it a money rule": how one kind of spending is split from now on, for the whole space. */
export function RuleFollowThroughForm(props: RuleFollowThroughFormProps) {
  const follow = useFollowThrough(props.spaceId, props.topicId, props.item.id);
  return (
    <CategoryRuleForm
      label={t('resolve.follow.rule.formTitle')}
      lead={t('resolve.follow.rule.lead')}
      people={props.people.map((member) => ({ id: member.userId, name: member.displayName }))}
      submitLabel={t('resolve.follow.rule.submit')}
      pending={follow.isPending}
      error={follow.error}
      onSave={(category, split) => follow.mutate(expenseRuleBody(category, split))}
      onCancel={props.onCancel}
    />
  );
}
