import { overdueWeight, type Person } from '@tandem/shared';

export interface PeopleGroups {
  /** Mine and ours it has been longer than wished with: most overdue first. */
  catchUp: Person[];
  /** The rest of ours and mine, by name. */
  ours: Person[];
  mine: Person[];
  /** Each other member's people, in the members' order. */
  theirs: { memberId: string; people: Person[] }[];
  archived: Person[];
}

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
const byMostOverdue = (a: Person, b: Person) =>
  overdueWeight(b.rhythm, b.everyDays) - overdueWeight(a.rhythm, a.everyDays) ||
  b.rhythm.daysSince - a.rhythm.daysSince ||
  byName(a, b);

/**
 * The page's sections. A partner's own people are shown without "it has been a while": how often
 * they see their friends is theirs to keep an eye on, not ours to score.
 */
export function groupPeople(
  people: readonly Person[],
  myId: string,
  otherMemberIds: readonly string[],
): PeopleGroups {
  const active = people.filter((p) => !p.archived);
  const mineOrOurs = active.filter((p) => p.ownerId === null || p.ownerId === myId);
  const catchUp = mineOrOurs.filter((p) => p.rhythm.overdue).sort(byMostOverdue);
  const calm = mineOrOurs.filter((p) => !p.rhythm.overdue);
  return {
    catchUp,
    ours: calm.filter((p) => p.ownerId === null).sort(byName),
    mine: calm.filter((p) => p.ownerId === myId).sort(byName),
    theirs: otherMemberIds.map((memberId) => ({
      memberId,
      // The server never sends another's private person; the filter is a second lock.
      people: active.filter((p) => p.ownerId === memberId && !p.private).sort(byName),
    })),
    archived: people.filter((p) => p.archived).sort(byName),
  };
}

/** Who "we met today" logs: all of us for ours, otherwise just me. */
export function presentForQuickLog(
  person: Pick<Person, 'ownerId' | 'private'>,
  myId: string,
  memberIds: readonly string[],
): string[] {
  return person.ownerId === null && !person.private ? [...memberIds] : [myId];
}
