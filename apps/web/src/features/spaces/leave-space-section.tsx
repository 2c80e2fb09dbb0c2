import { useNavigate } from 'react-router';
import type { Space } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { useSignedInMe } from '../auth/me-context';
import { FormError } from '../../ui/form-error';
import { ConfirmAction } from '../../ui/confirm-action';
import { useLeaveSpace } from './use-spaces';

export function LeaveSpaceSection({ space }: { space: Space }) {
  const navigate = useNavigate();
  const leave = useLeaveSpace(useSignedInMe().id, space.id);

  return (
    <section className="card section" aria-labelledby="leave-space-title">
      <h2 id="leave-space-title">{t('members.leave.title')}</h2>
      <p>{t('members.leave.lead')}</p>
      <FormError error={leave.error} />
      <ConfirmAction
        label={t('members.leave.button')}
        question={t('members.leave.confirm', { name: space.name })}
        confirmLabel={t('members.leave.yes')}
        cancelLabel={t('common.cancel')}
        busy={leave.isPending}
        onConfirm={() =>
          leave.mutate(undefined, { onSuccess: () => void navigate('/spaces', { replace: true }) })
        }
      />
    </section>
  );
}
