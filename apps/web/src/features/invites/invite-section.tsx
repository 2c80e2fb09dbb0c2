import type { Space } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { InviteLinkField } from './invite-link-field';
import { PendingInvites } from './pending-invites';
import { stillPendingLink } from './pending-link';
import { useCreateInvite, usePendingInvites } from './use-invites';

/** Members page: create a single-use link, copy it, and see or revoke the pending ones. */
export function InviteSection({ space }: { space: Space }) {
  const canInvite = space.capabilities.canInvite;
  const create = useCreateInvite(space.id);
  const pending = usePendingInvites(space.id, canInvite);
  const isFull = space.memberCount >= space.maxMembers;
  const link = stillPendingLink(create.data, pending.data?.items);

  return (
    <section className="card section" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invites.title')}</h2>
      {canInvite ? (
        <>
          <p>{t('invites.lead')}</p>
          <div className="stack">
            <div className="button-row">
              <Button busy={create.isPending} onClick={() => create.mutate()}>
                {t('invites.create')}
              </Button>
            </div>
            <FormError error={create.error} />
            {link ? <InviteLinkField key={link.id} invite={link} /> : null}
            {pending.data ? (
              <PendingInvites spaceId={space.id} invites={pending.data.items} />
            ) : null}
          </div>
        </>
      ) : (
        <p className="muted">{isFull ? t('invites.full') : t('invites.notAllowed')}</p>
      )}
    </section>
  );
}
