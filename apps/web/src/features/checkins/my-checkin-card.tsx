import type { Checkin } from '@tandem/shared';
import { errorMessage } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { CheckinDetails } from './checkin-details';
import { useDeleteCheckin, useRevealCheckin } from './use-checkins';

interface MyCheckinCardProps {
  spaceId: string;
  checkin: Checkin;
  name: string;
  /** Whether anyone still has to check in, which decides what the others can see. */
  othersWaiting: boolean;
  onEdit: () => void;
  onDeleted: () => void;
  onRevealed: () => void;
  /** Revealing or deleting was refused; the reason is shown in the card. */
  onFailed: () => void;
}

function statusOf(checkin: Checkin, othersWaiting: boolean) {
  if (checkin.visibility === 'private') return t('checkins.status.private');
  if (checkin.revealedEarly) return t('checkins.status.revealed');
  return othersWaiting ? t('checkins.status.waiting') : t('checkins.status.shared');
}

/** My own check-in with what I may do to it; the buttons follow the server's capabilities. */
export function MyCheckinCard(props: MyCheckinCardProps) {
  const { spaceId, checkin, name, othersWaiting, onEdit, onDeleted, onRevealed, onFailed } = props;
  const reveal = useRevealCheckin(spaceId, { onSuccess: onRevealed, onError: onFailed });
  const remove = useDeleteCheckin(spaceId, { onSuccess: onDeleted, onError: onFailed });
  const { canEdit, canReveal, canDelete } = checkin.capabilities;
  const failed = reveal.error ?? remove.error;

  return (
    <article
      className="card checkin-card checkin-card--mine"
      aria-label={t('checkins.byLabel', { name })}
    >
      <CheckinDetails checkin={checkin} own />
      {/* Live: it changes as the others check in, or when I reveal it. */}
      <p className="muted checkin-card__status" aria-live="polite">
        {statusOf(checkin, othersWaiting)}
      </p>
      {failed ? <Alert tone="error">{errorMessage(failed)}</Alert> : null}
      <div className="button-row">
        {canEdit ? (
          <Button variant="secondary" onClick={onEdit}>
            {t('checkins.edit')}
          </Button>
        ) : null}
        {canReveal ? (
          <ConfirmAction
            label={t('checkins.reveal')}
            question={t('checkins.revealConfirm')}
            confirmLabel={t('checkins.revealYes')}
            cancelLabel={t('checkins.keep')}
            variant="primary"
            busy={reveal.isPending}
            onConfirm={() => reveal.mutate(checkin.id)}
          />
        ) : null}
        {canDelete ? (
          <ConfirmAction
            label={t('checkins.delete')}
            question={t('checkins.deleteConfirm')}
            confirmLabel={t('checkins.deleteYes')}
            cancelLabel={t('checkins.keep')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate(checkin.id)}
          />
        ) : null}
      </div>
    </article>
  );
}
