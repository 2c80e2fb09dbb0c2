import { t } from '../../lib/i18n';
import { AddSection } from '../../ui/add-section';
import { bodyFromDraft, emptyGoalDraft } from './goal-draft';
import { GoalForm } from './goal-form';
import { useCreateGoal } from './use-growth';

/** "Add a goal" behind one button. */
export function AddGoalSection({ spaceId }: { spaceId: string }) {
  const create = useCreateGoal(spaceId);
  return (
    <AddSection
      openLabel={t('growth.add.open')}
      title={t('growth.add.title')}
      level={3}
      className="growth-add"
      form={({ saved, cancel }) => (
        <GoalForm
          initial={emptyGoalDraft}
          withSteps
          busy={create.isPending}
          error={create.error}
          onSave={(draft) => {
            const body = bodyFromDraft(draft);
            if (!body) return;
            create.mutateAsync(body).then(
              () => saved(t('growth.add.saved')),
              () => undefined, // shown by FormError
            );
          }}
          onCancel={() => {
            create.reset();
            cancel();
          }}
        />
      )}
    />
  );
}
