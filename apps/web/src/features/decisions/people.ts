import type { Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';

/** The members as a decision's words need them: me first, and a name for anyone's id. */
export interface People {
  myId: string;
  /** Everyone in the space, me first. */
  order: string[];
  /** A member's name; someone who has since left is a "former member". */
  nameOf: (userId: string) => string;
}

export function peopleOf(members: readonly Member[], myId: string): People {
  const ids = members.map((member) => member.userId);
  return {
    myId,
    order: ids.includes(myId) ? [myId, ...ids.filter((id) => id !== myId)] : ids,
    nameOf: (userId) =>
      members.find((member) => member.userId === userId)?.displayName ?? t('decide.formerMember'),
  };
}

/** "you", "Sam", "you and Sam": people in the middle of a sentence, me first. */
export function whoInWords(people: People, userIds: readonly string[]): string {
  const sorted = [...userIds].sort((a, b) => Number(b === people.myId) - Number(a === people.myId));
  return format.list(
    sorted.map((id) => (id === people.myId ? t('common.you') : people.nameOf(id))),
  );
}

/** "You" for me, everyone else by name: a member at the head of a column or a line. */
export const headName = (people: People, userId: string): string =>
  userId === people.myId ? t('decide.you') : people.nameOf(userId);

/** A share of 0..1 as a whole percentage: "40%". */
export const percentText = (share: number): string =>
  t('decide.percent', { value: Math.round(share * 100) });
