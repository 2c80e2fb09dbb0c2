import type { PlannedDate } from '@tandem/shared';

export type DateAnswer = PlannedDate['participants'][number]['answer'];

/** My answer to a date; undefined should I not be in it. */
export const myAnswer = (date: PlannedDate, myId: string): DateAnswer | undefined =>
  date.participants.find((p) => p.userId === myId)?.answer;

/** A date still to be answered by me: an invitation, or another time someone offered. */
export const waitsForMe = (date: PlannedDate, myId: string) =>
  date.capabilities.canAnswer && myAnswer(date, myId) === 'invited';

/** Called off, or no one but the planner could come: listed quietly. */
const fellThrough = (date: PlannedDate) =>
  date.status === 'cancelled' || date.status === 'declined';

const soonestFirst = (a: PlannedDate, b: PlannedDate) => a.startAt.localeCompare(b.startAt);
const latestFirst = (a: PlannedDate, b: PlannedDate) => b.startAt.localeCompare(a.startAt);

export interface DateGroups {
  /** Waiting for my answer, soonest first. */
  invitations: PlannedDate[];
  /** Still ahead (or under way), going ahead or waiting for the others, soonest first. */
  comingUp: PlannedDate[];
  /** Over, most recent first. */
  past: PlannedDate[];
  /** Called off or fallen through, most recent first. */
  quiet: PlannedDate[];
}

/** The dates I am in, sorted into what the page shows in turn. */
export function groupDates(dates: readonly PlannedDate[], myId: string): DateGroups {
  const groups: DateGroups = { invitations: [], comingUp: [], past: [], quiet: [] };
  for (const date of dates) {
    if (fellThrough(date)) groups.quiet.push(date);
    else if (waitsForMe(date, myId)) groups.invitations.push(date);
    else if (date.past) groups.past.push(date);
    else groups.comingUp.push(date);
  }
  groups.invitations.sort(soonestFirst);
  groups.comingUp.sort(soonestFirst);
  groups.past.sort(latestFirst);
  groups.quiet.sort(latestFirst);
  return groups;
}
