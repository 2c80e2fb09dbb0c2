import type { InviteCreated, PendingInvite } from '@tandem/shared';

/**
 * The link just created, for as long as it can still be used: once it is revoked (here or by
 * someone else) or accepted, it drops out of the pending list and must not be offered for
 * copying any more.
 */
export function stillPendingLink(
  created: InviteCreated | undefined,
  pending: readonly PendingInvite[] | undefined,
): InviteCreated | undefined {
  return created && pending?.some((invite) => invite.id === created.id) ? created : undefined;
}
