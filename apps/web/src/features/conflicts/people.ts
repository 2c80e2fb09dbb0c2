import type { Member } from '@tandem/shared';
import { t } from '../../lib/i18n';

/** A person's name as this screen says it: "You" for me, "Former member" for someone gone. */
export type NameOf = (userId: string) => string;

export function nameOfIn(members: readonly Member[], myId: string): NameOf {
  return (userId) => {
    if (userId === myId) return t('resolve.you');
    return members.find((m) => m.userId === userId)?.displayName ?? t('resolve.formerMember');
  };
}

/** Someone else's name, never "You": for sentences about the others. */
export function displayNameIn(members: readonly Member[], userId: string): string {
  return members.find((m) => m.userId === userId)?.displayName ?? t('resolve.formerMember');
}
