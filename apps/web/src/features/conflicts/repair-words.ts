import type { RepairKind } from './conflicts-api';
import { t } from '../../lib/i18n';

/** The repairs offered as one tap each; "other" is the person's own words. */
export const quickRepairs = ['sorry', 'start_over', 'see_your_point', 'need_a_break'] as const;

/** What a repair says, as its button says it: "I’m sorry", "Can we start over?". */
export const repairPhrase = (kind: RepairKind): string => t(`resolve.repair.kind.${kind}`);

/** One repair in the list: "Sam: I’m sorry", with their own words after it if they added some. */
export function repairLine(
  repair: { kind: RepairKind; text: string; userId: string },
  nameOf: (userId: string) => string,
): string {
  const name = nameOf(repair.userId);
  const words = repair.text.trim();
  if (repair.kind === 'other') return t('resolve.repair.lineOwn', { name, words });
  return words === ''
    ? t('resolve.repair.line', { name, phrase: repairPhrase(repair.kind) })
    : t('resolve.repair.lineWith', { name, phrase: repairPhrase(repair.kind), words });
}
