import type { Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { memberName } from '../../chores/shares-view';

export { memberName };

/** "You" for me, everyone else by name (a former member as such). */
export const nameOrYou = (members: readonly Member[], myId: string, userId: string): string =>
  userId === myId ? t('money.plans.you') : memberName(members, userId);
