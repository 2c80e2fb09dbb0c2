import type { PendingInvite } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { useRevokeInvite } from './use-invites';

export function PendingInvites({
  spaceId,
  invites,
}: {
  spaceId: string;
  invites: PendingInvite[];
}) {
  const revoke = useRevokeInvite(spaceId);
  if (invites.length === 0) return null;

  return (
    <div className="pending-invites">
      <h3>{t('invites.pending')}</h3>
      <FormError error={revoke.error} />
      <ul className="item-list">
        {invites.map((invite) => {
          const created = format.dateTime(invite.createdAt);
          return (
            <li key={invite.id} className="item-row">
              <span>
                {t('invites.pendingItem', { created, expires: format.dateTime(invite.expiresAt) })}
              </span>
              {invite.canRevoke ? (
                <Button
                  variant="secondary"
                  aria-label={t('invites.revokeLabel', { created })}
                  busy={revoke.isPending && revoke.variables === invite.id}
                  onClick={() => revoke.mutate(invite.id)}
                >
                  {t('invites.revoke')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
