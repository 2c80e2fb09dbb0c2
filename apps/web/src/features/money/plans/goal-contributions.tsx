import type { Member, SavingsGoal } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { memberName, nameOrYou } from './member-words';
import { formatMoney } from './money-text';
import { dayInWords } from './plan-dates';
import { useDeleteContribution } from './use-plans';

interface GoalContributionsProps {
  spaceId: string;
  goal: SavingsGoal;
  myId: string;
  members: readonly Member[];
  today: string;
  onChanged: (message: string) => void;
}

/** Every amount put in or taken out, newest first, folded away; one entered by mistake can go. */
export function GoalContributions({
  spaceId,
  goal,
  myId,
  members,
  today,
  onChanged,
}: GoalContributionsProps) {
  const remove = useDeleteContribution(spaceId, goal.id);
  if (goal.contributions.length === 0) return null;
  const newestFirst = [...goal.contributions].sort((a, b) =>
    b.contributedOn.localeCompare(a.contributedOn),
  );

  return (
    <details className="plans-contributions">
      <summary>
        {t('money.plans.goals.contributions', { count: goal.contributions.length })}
      </summary>
      <FormError error={remove.error} />
      <ul className="plans-contributions__list">
        {newestFirst.map((contribution) => {
          const date = dayInWords(contribution.contributedOn, today);
          const amount = formatMoney(contribution.amount, goal.currency);
          // In the button's name, everyone by name: "Remove You’s" would not read.
          const vars = { name: memberName(members, contribution.userId), amount, date };
          return (
            <li key={contribution.id} className="plans-contributions__item">
              <span>
                {t('money.plans.goals.contribution', {
                  date,
                  name: nameOrYou(members, myId, contribution.userId),
                  amount,
                })}
              </span>
              <ConfirmAction
                label={t('money.plans.goals.removeContribution')}
                accessibleLabel={t('money.plans.goals.removeContributionLabel', vars)}
                question={t('money.plans.goals.removeContributionConfirm', vars)}
                confirmLabel={t('money.plans.goals.removeContributionYes')}
                cancelLabel={t('money.plans.keep')}
                busy={remove.isPending && remove.variables === contribution.id}
                onConfirm={() => {
                  remove.mutateAsync(contribution.id).then(
                    () =>
                      onChanged(
                        t('money.plans.goals.contributionRemoved', { amount, name: goal.name }),
                      ),
                    () => undefined, // shown by FormError
                  );
                }}
              />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
