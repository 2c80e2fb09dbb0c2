import type { Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { memberName } from './shares-view';

export type SplitStage = 'notice' | 'plan';
type StageOwners = Responsibility['stageOwners'];

/**
 * Who holds which stage, in words for the card: "Sam notices and plans, Alex does it".
 * Undefined when there is no split to tell (nobody owns it, or the owner holds every stage).
 */
export function stageSplitInWords(
  ownerId: string | null,
  stageOwners: StageOwners,
  members: readonly Member[],
): string | undefined {
  if (!ownerId) return undefined;
  const notice = stageOwners.notice ?? ownerId;
  const plan = stageOwners.plan ?? ownerId;
  const names = {
    owner: memberName(members, ownerId),
    notice: memberName(members, notice),
    plan: memberName(members, plan),
  };
  if (notice === ownerId && plan === ownerId) return undefined;
  if (notice === plan) return t('chores.stages.split.noticePlan', names);
  if (plan === ownerId) return t('chores.stages.split.notice', names);
  if (notice === ownerId) return t('chores.stages.split.plan', names);
  return t('chores.stages.split.all', names);
}

/**
 * The choices for who holds a stage: the owner first (no split, so the stage follows the owner
 * if the chore changes hands), then everyone else. The owner by name is offered only when
 * already chosen that way, so the same person does not show up twice for no reason.
 */
export function stageHolderOptions(
  ownerId: string,
  current: string | null,
  members: readonly Member[],
): { value: string; label: string }[] {
  const gone = current !== null && !members.some((m) => m.userId === current);
  return [
    { value: '', label: t('chores.stages.owner', { name: memberName(members, ownerId) }) },
    ...members
      .filter((m) => m.userId !== ownerId || current === ownerId)
      .map((m) => ({ value: m.userId, label: m.displayName })),
    // Someone who has since left still shows as chosen until it is changed.
    ...(gone ? [{ value: current, label: t('chores.formerMember') }] : []),
  ];
}
