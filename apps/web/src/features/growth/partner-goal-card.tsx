import type { GrowthGoal } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { stepsDone } from './goal-groups';
import { GoalNotes } from './goal-notes';
import { nameOf, type GrowthContext } from './growth-context';
import { ShortTextForm } from './short-text-form';
import { useAddNote } from './use-growth';

/** Someone else's shared goal: why, how I can help, their steps and notes, and a kind word. */
export function PartnerGoalCard({ goal, context }: { goal: GrowthGoal; context: GrowthContext }) {
  const encourage = useAddNote(context.spaceId, goal.id);
  const owner = nameOf(context.members, goal.ownerId);
  const titleId = `growth-goal-${goal.id}`;
  const { done, total } = stepsDone(goal);

  return (
    <article className={`card growth-goal growth-goal--${goal.status}`} aria-labelledby={titleId}>
      <header className="growth-goal__header">
        <p className="growth-goal__owner">{t('growth.theirs.owner', { name: owner })}</p>
        <h3 id={titleId} className="growth-goal__title">
          {goal.title}
        </h3>
        {goal.status !== 'active' ? (
          <span className="growth-badge growth-badge--status">
            {goal.status === 'done' ? t('growth.status.done') : t('growth.status.paused')}
          </span>
        ) : null}
      </header>
      {goal.why ? (
        <div className="growth-goal__why">
          <h4>{t('growth.why')}</h4>
          <p>{goal.why}</p>
        </div>
      ) : null}
      <div className="growth-goal__help">
        <h4>{t('growth.help.title')}</h4>
        <p>{goal.howToHelp || t('growth.help.none')}</p>
      </div>
      {total > 0 ? (
        <div className="growth-goal__steps">
          <h4>{t('growth.steps.title')}</h4>
          <p className="muted">{t('growth.steps.count', { done, total })}</p>
          <ul className="growth-steps-read">
            {goal.steps.map((step) => (
              <li key={step.id} className={step.done ? 'growth-step--done' : undefined}>
                <span aria-hidden="true">{step.done ? '✓ ' : '○ '}</span>
                {step.text}
                {step.done ? (
                  <span className="visually-hidden"> ({t('growth.status.done')})</span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="growth-goal__notes">
        <h4>{t('growth.notes.title')}</h4>
        <GoalNotes goal={goal} context={context} />
      </div>
      {goal.capabilities.canEncourage ? (
        <ShortTextForm
          label={t('growth.encourage.field')}
          hint={t('growth.encourage.fieldHint', { name: owner })}
          buttonLabel={t('growth.encourage.send')}
          maxLength={1000}
          missing={t('growth.notes.missing')}
          sent={t('growth.encourage.sent')}
          multiline
          busy={encourage.isPending}
          error={encourage.error}
          send={(text) => encourage.mutateAsync(text)}
        />
      ) : null}
    </article>
  );
}
