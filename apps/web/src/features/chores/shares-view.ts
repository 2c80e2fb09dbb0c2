import type { ChoreSharesView, Member, Responsibility } from '@tandem/shared';
import { isApiError } from '../../lib/api/api-error';
import { t } from '../../lib/i18n';

/** Who still has to give their hours, when a proposal was refused for it; else undefined. */
export function missingAvailability(error: unknown): string[] | undefined {
  if (!isApiError(error) || error.code !== 'availability_missing') return undefined;
  const missing = error.details.missing;
  return Array.isArray(missing) ? missing.filter((id): id is string => typeof id === 'string') : [];
}

export interface SharedChore {
  chore: Responsibility;
  pinned: boolean;
}

/** The responsibilities each member takes in a share, in list order; unknown ids are skipped. */
export function choresOf(
  shares: ChoreSharesView,
  chores: readonly Responsibility[],
  userId: string,
): SharedChore[] {
  return chores.flatMap((chore) => {
    const entry = shares.assignment.find((a) => a.choreId === chore.id);
    return entry?.userId === userId ? [{ chore, pinned: entry.pinned }] : [];
  });
}

/** Responsibilities nobody takes in this share (new since it was made, or never shared out). */
export function unsharedChores(
  shares: ChoreSharesView,
  chores: readonly Responsibility[],
): Responsibility[] {
  return chores.filter((chore) => !shares.assignment.some((a) => a.choreId === chore.id));
}

/** Whether a proposal gives every responsibility to the person who owns it already. */
export function isCurrentShare(
  shares: ChoreSharesView,
  chores: readonly Responsibility[],
): boolean {
  return chores.every((chore) =>
    shares.assignment.some((a) => a.choreId === chore.id && a.userId === chore.ownerId),
  );
}

/** A member's name; someone who has since left is a "former member". */
export function memberName(members: readonly Member[], userId: string): string {
  return (
    members.find((member) => member.userId === userId)?.displayName ?? t('chores.formerMember')
  );
}
