import { useRef, useState } from 'react';
import type { GrowthGoal } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { draftFromGoal, patchFromDraft } from './goal-draft';
import { stepsDone } from './goal-groups';
import { GoalForm } from './goal-form';
import { GoalNotes } from './goal-notes';
import type { GoalStatus } from './growth-api';
import type { GrowthContext } from './growth-context';
import { ShortTextForm } from './short-text-form';
import { StepCheckbox } from './step-checkbox';
import { useAddNote, useAddStep, useDeleteGoal, useUpdateGoal } from './use-growth';

const statusWords: Record<GoalStatus, () => string> = {
  active: () => t('growth.status.active'),
  paused: () => t('growth.status.paused'),
  done: () => t('growth.status.done'),
};

interface MyGoalCardProps {
  goal: GrowthGoal;
  context: GrowthContext;
  /** After the goal is removed, with a sentence to say: this card is gone. */
  onRemoved: (message: string) => void;
}

/** One of my goals: its words, steps to tick, notes to add, where it stands, edit, remove. */
export function MyGoalCard({ goal, context, onRemoved }: MyGoalCardProps) {
  const { spaceId } = context;
  const [editing, setEditing] = useState(false);
  const [statusSaid, setStatusSaid] = useState<string>();
  // The status chosen, shown at once while it is saved.
  const [chosenStatus, setChosenStatus] = useState<GoalStatus>();
  const editButton = useRef<HTMLButtonElement>(null);
  const update = useUpdateGoal(spaceId, goal.id);
  const remove = useDeleteGoal(spaceId, goal.id);
  const addStep = useAddStep(spaceId, goal.id);
  const addNote = useAddNote(spaceId, goal.id);
  const titleId = `growth-goal-${goal.id}`;
  const { done, total } = stepsDone(goal);

  const closeEditor = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <article className={`card growth-goal growth-goal--${goal.status}`} aria-labelledby={titleId}>
      <header className="growth-goal__header">
        <h3 id={titleId} className="growth-goal__title">
          {goal.title}
        </h3>
        <span className={`growth-badge growth-badge--${goal.visibility}`}>
          {goal.visibility === 'shared' ? t('growth.badge.shared') : t('growth.badge.private')}
        </span>
        {goal.status !== 'active' ? (
          <span className="growth-badge growth-badge--status">{statusWords[goal.status]()}</span>
        ) : null}
      </header>

      {editing ? (
        <GoalForm
          initial={draftFromGoal(goal)}
          withSteps={false}
          busy={update.isPending}
          error={update.error}
          onSave={(draft) => {
            const patch = patchFromDraft(draft);
            if (!patch) return;
            update.mutateAsync(patch).then(closeEditor, () => undefined); // shown by FormError
          }}
          onCancel={() => {
            update.reset();
            closeEditor();
          }}
        />
      ) : (
        <>
          {goal.why ? (
            <div className="growth-goal__why">
              <h4>{t('growth.why')}</h4>
              <p>{goal.why}</p>
            </div>
          ) : null}
          {goal.visibility === 'shared' && goal.howToHelp ? (
            <div className="growth-goal__help">
              <h4>{t('growth.form.howToHelp')}</h4>
              <p>{goal.howToHelp}</p>
            </div>
          ) : null}
        </>
      )}

      <section className="growth-goal__steps" aria-label={t('growth.steps.title')}>
        <h4>{t('growth.steps.title')}</h4>
        {total > 0 ? (
          <p className="muted">{t('growth.steps.count', { done, total })}</p>
        ) : (
          <p className="muted">{t('growth.steps.none')}</p>
        )}
        {goal.steps.map((step) => (
          <StepCheckbox key={step.id} spaceId={spaceId} goalId={goal.id} step={step} />
        ))}
        <ShortTextForm
          label={t('growth.steps.field')}
          buttonLabel={t('growth.steps.add')}
          maxLength={200}
          missing={t('growth.steps.missing')}
          sent={t('growth.steps.added')}
          busy={addStep.isPending}
          error={addStep.error}
          send={(text) => addStep.mutateAsync(text)}
        />
      </section>

      <section className="growth-goal__notes" aria-label={t('growth.notes.title')}>
        <h4>{t('growth.notes.title')}</h4>
        <GoalNotes goal={goal} context={context} />
        <ShortTextForm
          label={t('growth.notes.field')}
          hint={t('growth.notes.fieldHint')}
          buttonLabel={t('growth.notes.add')}
          maxLength={1000}
          missing={t('growth.notes.missing')}
          sent={t('growth.notes.added')}
          multiline
          busy={addNote.isPending}
          error={addNote.error}
          send={(text) => addNote.mutateAsync(text)}
        />
      </section>

      <div className="growth-goal__manage">
        <RadioGroup<GoalStatus>
          legend={t('growth.status.label')}
          name={`status-${goal.id}`}
          layout="inline"
          options={(['active', 'paused', 'done'] as const).map((status) => ({
            value: status,
            label: statusWords[status](),
          }))}
          value={chosenStatus ?? goal.status}
          onChange={(status) => {
            setStatusSaid(undefined);
            setChosenStatus(status);
            update
              .mutateAsync({ status })
              .then(
                () => setStatusSaid(t('growth.status.saved', { status: statusWords[status]() })),
                () => undefined, // shown by FormError
              )
              .finally(() => setChosenStatus(undefined));
          }}
        />
        {!editing ? <FormError error={update.error} /> : null}
        {statusSaid ? <Alert tone="success">{statusSaid}</Alert> : null}
        <FormError error={remove.error} />
        <div className="button-row">
          {!editing ? (
            <Button
              ref={editButton}
              variant="secondary"
              aria-label={t('growth.edit.openNamed', { title: goal.title })}
              onClick={() => {
                update.reset();
                setStatusSaid(undefined);
                setEditing(true);
              }}
            >
              {t('growth.edit.open')}
            </Button>
          ) : null}
          <ConfirmAction
            label={t('growth.remove')}
            accessibleLabel={t('growth.removeNamed', { title: goal.title })}
            question={t('growth.remove.question')}
            confirmLabel={t('growth.remove.confirm')}
            cancelLabel={t('growth.remove.cancel')}
            busy={remove.isPending}
            onConfirm={() =>
              void remove.mutateAsync().then(
                () => onRemoved(t('growth.removed')),
                () => undefined, // shown by FormError
              )
            }
          />
        </div>
      </div>
    </article>
  );
}
