import type { Checkin, CheckinList, Member } from '@tandem/shared';

/** The list with `checkin` added, or replacing the one with the same id. */
export function upsertCheckin(list: CheckinList, checkin: Checkin): CheckinList {
  const exists = list.items.some((item) => item.id === checkin.id);
  const items = exists
    ? list.items.map((item) => (item.id === checkin.id ? checkin : item))
    : [...list.items, checkin];
  return { ...list, items };
}

/** Who has not yet shared a check-in on `day`, by user id. */
export function waitingOn(list: CheckinList, day: string): string[] {
  return list.days.find((entry) => entry.date === day)?.waitingFor ?? [];
}

/** Whether the server still takes my check-in for `day` (today or yesterday, not yet done). */
export function canCheckInOn(list: CheckinList, day: string): boolean {
  return list.days.find((entry) => entry.date === day)?.canCheckIn ?? false;
}

/**
 * Names for "Waiting for …": others by name in member order, then `youLabel` if I am waiting
 * too. Ids of people no longer in the member list are skipped.
 */
export function waitingNames(
  waitingFor: readonly string[],
  members: readonly Member[],
  youLabel: string,
): string[] {
  const waiting = new Set(waitingFor);
  const others = members.filter((m) => waiting.has(m.userId) && !m.isMe).map((m) => m.displayName);
  const meWaiting = members.some((m) => m.isMe && waiting.has(m.userId));
  return meWaiting ? [...others, youLabel] : others;
}
