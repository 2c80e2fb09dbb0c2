import { useRef, useState } from 'react';
import type { Member, SavingsGoal } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ConfirmAction } from '../../../ui/confirm-action';
import { FormError } from '../../../ui/form-error';
import { percentOf } from './budget-words';
import { ContributionForm } from './contribution-form';
import { GoalContributions } from './goal-contributions';
import { GoalForm } from './goal-form';
import { goalPaceInWords } from './goal-pace';
import { nameOrYou } from './member-words';
import { formatMoney } from './money-text';
import { fullDayInWords } from './plan-dates';
import { ProgressMeter } from './progress-meter';
import { useDeleteGoal } from './use-plans';

interface GoalCardProps {
  spaceId: string;
  goal: SavingsGoal;
  myId: string;
  members: readonly Member[];
  today: string;
  onChanged: (message: string) => void;
}

/** One goal: saved of target as a bar, where it stands in words, who put in what, and money in. */
export function GoalCard({ spaceId, goal, myId, members, today, onChanged }: GoalCardProps) {
  const remove = useDeleteGoal(spaceId, goal.id);
  const [open, setOpen] = useState<'money' | 'edit'>();
  const moneyButton = useRef<HTMLButtonElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const saved = t('money.plans.goals.savedOf', {
    saved: formatMoney(goal.saved, goal.currency),
    target: formatMoney(goal.target, goal.currency),
  });
  const reached = goal.saved >= goal.target;
  const byMember = [
    ...goal.byMember.filter((m) => m.userId === myId),
    ...goal.byMember.filter((m) => m.userId !== myId),
  ];
  // Back on the button that opened the form, once it is on screen again.
  const close = (button: 'money' | 'edit') => {
    setOpen(undefined);
    requestAnimationFrame(() => (button === 'money' ? moneyButton : changeButton).current?.focus());
  };
  const done = (message: string) => {
    setOpen(undefined);
    onChanged(message);
  };

  return (
    <li className="card plans-item">
      <div className="plans-item__head">
        <h3 className="card__title plans-item__title">{goal.name}</h3>
        <p className="plans-item__amount">{formatMoney(goal.target, goal.currency)}</p>
      </div>
      {goal.targetOn ? (
        <p className="muted plans-item__line">
          {t('money.plans.goals.byDate', { date: fullDayInWords(goal.targetOn) })}
        </p>
      ) : null}
      <ProgressMeter
        label={t('money.plans.goals.meterLabel', { name: goal.name })}
        valueText={saved}
        percent={percentOf(goal.saved, goal.target)}
        tone={reached ? 'done' : 'normal'}
      />
      <p className="plans-figures">
        <span>{saved}</span>
      </p>
      <div className="plans-pace">
        {goalPaceInWords(goal, today).map((sentence) => (
          <p key={sentence}>{sentence}</p>
        ))}
      </div>
      {byMember.length > 0 ? (
        <div>
          <h4 className="plans-subtitle">{t('money.plans.goals.byMember')}</h4>
          <ul className="plans-plain-list">
            {byMember.map((m) => (
              <li key={m.userId}>
                {t('money.plans.goals.memberAmount', {
                  name: nameOrYou(members, myId, m.userId),
                  amount: formatMoney(m.amount, goal.currency),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <GoalContributions
        spaceId={spaceId}
        goal={goal}
        myId={myId}
        members={members}
        today={today}
        onChanged={onChanged}
      />
      {open === 'money' ? (
        <ContributionForm
          spaceId={spaceId}
          goal={goal}
          myId={myId}
          members={members}
          onSaved={done}
          onCancel={() => close('money')}
        />
      ) : null}
      {open === 'edit' ? (
        <GoalForm
          spaceId={spaceId}
          currency={goal.currency}
          goal={goal}
          label={t('money.plans.goals.changeLabel', { name: goal.name })}
          onSaved={done}
          onCancel={() => close('edit')}
        />
      ) : null}
      {open === undefined ? (
        <div className="plans-item__actions">
          <FormError error={remove.error} />
          <div className="button-row">
            <Button
              ref={moneyButton}
              aria-label={t('money.plans.goals.addMoneyLabel', { name: goal.name })}
              onClick={() => setOpen('money')}
            >
              {t('money.plans.goals.addMoney')}
            </Button>
            <Button
              ref={changeButton}
              variant="secondary"
              aria-label={t('money.plans.goals.changeLabel', { name: goal.name })}
              onClick={() => setOpen('edit')}
            >
              {t('money.plans.goals.change')}
            </Button>
            <ConfirmAction
              label={t('money.plans.goals.remove')}
              accessibleLabel={t('money.plans.goals.removeLabel', { name: goal.name })}
              question={t('money.plans.goals.removeConfirm', { name: goal.name })}
              confirmLabel={t('money.plans.goals.removeYes')}
              cancelLabel={t('money.plans.keep')}
              busy={remove.isPending}
              onConfirm={() => {
                remove.mutateAsync().then(
                  () => onChanged(t('money.plans.goals.removed', { name: goal.name })),
                  () => undefined, // shown by FormError
                );
              }}
            />
          </div>
        </div>
      ) : null}
    </li>
  );
}
