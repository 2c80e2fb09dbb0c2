import {
  addDays,
  dueDateFrom,
  type AgendaItemView,
  type Member,
  type Responsibility,
} from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import type { AgendaAction } from './schedule-api';
import { memberName } from './shares-view';

export type AgendaShow = 'mine' | 'everyone';

/** The longest a single occurrence can be put off, counted from today (the server's rule). */
const MAX_PUT_OFF_DAYS = 30;

/** One occurrence's stable identity: a responsibility and the due date by its schedule. */
export const occurrenceKey = (item: Pick<AgendaItemView, 'choreId' | 'dueOn'>) =>
  `${item.choreId} ${item.dueOn}`;

/**
 * Whether an occurrence is mine to think about: I do it this time, I am asked to take it, I
 * asked someone else (so I see their answer), or I am the one who did it.
 */
export function isMine(item: AgendaItemView, myId: string): boolean {
  return (
    item.ownerId === myId ||
    (item.handoff !== null && item.handoff.status !== 'declined' && item.handoff.to === myId) ||
    item.handoff?.from === myId ||
    item.completion?.doneBy === myId
  );
}

export interface AgendaDay {
  /** `overdue`, or the calendar day. */
  key: string;
  heading: string;
  items: AgendaItemView[];
}

/** "Today", "Tomorrow", then the weekday and date. */
export function dayHeading(day: string, today: string): string {
  if (day === today) return t('chores.agenda.today');
  if (day === addDays(today, 1)) return t('chores.agenda.tomorrow');
  return format.day(day);
}

/**
 * The occurrences by day, overdue ones first. Within a day what is still open comes before
 * what is closed, each by name, so the next thing to do is always at the top.
 */
export function groupByDay(
  items: readonly AgendaItemView[],
  today: string,
  nameOf: (choreId: string) => string,
): AgendaDay[] {
  const byOpenThenName = (a: AgendaItemView, b: AgendaItemView) =>
    Number(a.status !== 'open') - Number(b.status !== 'open') ||
    nameOf(a.choreId).localeCompare(nameOf(b.choreId));
  const overdue = items
    .filter((item) => item.overdue)
    .sort((a, b) => a.showOn.localeCompare(b.showOn) || byOpenThenName(a, b));
  const days = new Map<string, AgendaItemView[]>();
  for (const item of items) {
    if (item.overdue) continue;
    days.set(item.showOn, [...(days.get(item.showOn) ?? []), item]);
  }
  const groups = [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, dayItems]) => ({
      key: day,
      heading: dayHeading(day, today),
      items: dayItems.sort(byOpenThenName),
    }));
  return overdue.length > 0
    ? [{ key: 'overdue', heading: t('chores.agenda.overdue'), items: overdue }, ...groups]
    : groups;
}

/** Who does it this time, unless a hand-off says it better. */
export function doerInWords(item: AgendaItemView, myId: string, members: readonly Member[]) {
  if (item.ownerId === null) return t('chores.agenda.doer.nobody');
  if (item.ownerId === myId) return t('chores.agenda.doer.me');
  return t('chores.agenda.doer.other', { name: memberName(members, item.ownerId) });
}

/** Where a request to take this one stands, from where I sit; null when nobody asked. */
export function handoffInWords(
  item: AgendaItemView,
  myId: string,
  members: readonly Member[],
): string | null {
  const handoff = item.handoff;
  if (!handoff) return null;
  const to = memberName(members, handoff.to);
  switch (handoff.status) {
    case 'asked':
      if (handoff.from === myId) return t('chores.agenda.handoff.youAsked', { name: to });
      if (handoff.to === myId) {
        return t('chores.agenda.handoff.asksYou', { name: memberName(members, handoff.from) });
      }
      return t('chores.agenda.handoff.asked', {
        from: memberName(members, handoff.from),
        to,
      });
    case 'accepted':
      return handoff.to === myId
        ? t('chores.agenda.handoff.youTake')
        : t('chores.agenda.handoff.takes', { name: to });
    case 'declined':
      return handoff.to === myId
        ? t('chores.agenda.handoff.youCant')
        : t('chores.agenda.handoff.cant', { name: to });
  }
}

/** "Done by Sam", "Skipped this time"; null while it is open. */
export function closedInWords(
  item: AgendaItemView,
  myId: string,
  members: readonly Member[],
): string | null {
  if (item.status === 'skipped') return t('chores.agenda.skipped');
  if (item.status === 'open' || !item.completion) return null;
  return item.completion.doneBy === myId
    ? t('chores.agenda.doneBy.me')
    : t('chores.agenda.doneBy.other', { name: memberName(members, item.completion.doneBy) });
}

/** "Overdue since Tue, Nov 24", for an open one whose day has passed; else null. */
export function overdueInWords(item: AgendaItemView): string | null {
  return item.overdue
    ? t('chores.agenda.overdueSince', { day: format.shortDay(item.showOn) })
    : null;
}

/** "Put off to Thu, Nov 26 (was due Tue, Nov 24)", for an open one moved; else null. */
export function putOffInWords(item: AgendaItemView): string | null {
  if (!item.snoozedUntil) return null;
  return t('chores.agenda.putOffTo', {
    day: format.shortDay(item.snoozedUntil),
    due: format.shortDay(item.dueOn),
  });
}

export interface PutOffRange {
  /** The first and last day it may be put off to, both included. */
  first: string;
  last: string;
}

/**
 * The days an open occurrence may be put off to: after its due date and not before today,
 * within a month, and before the next one is due (a chore scheduled from its last completion
 * has no next one until this one is done). Null when there is no such day, as for a daily chore.
 */
export function putOffRange(
  item: AgendaItemView,
  chore: Pick<Responsibility, 'rrule' | 'firstDueOn' | 'scheduleFrom'>,
  today: string,
): PutOffRange | null {
  const afterDue = addDays(item.dueOn, 1);
  const first = afterDue > today ? afterDue : today;
  let last = addDays(today, MAX_PUT_OFF_DAYS);
  if (chore.scheduleFrom === 'due' || chore.rrule === null) {
    const next = dueDateFrom(chore.rrule, chore.firstDueOn, afterDue);
    if (next !== null && addDays(next, -1) < last) last = addDays(next, -1);
  }
  return first <= last ? { first, last } : null;
}

export interface QuickDay {
  day: string;
  /** What the button says: "Today", "Tomorrow" or a weekday. */
  label: string;
  /** The button's full name, with the responsibility in it. */
  accessibleLabel: string;
}

/**
 * One-tap choices within the range: today (for an overdue one), tomorrow, the first day it can
 * move to (for one due later in the week) and Saturday, each named as a person would say it.
 */
export function quickPutOffDays(range: PutOffRange, today: string, choreName: string): QuickDay[] {
  const tomorrow = addDays(today, 1);
  const untilSaturday = (6 - new Date(`${today}T00:00:00Z`).getUTCDay() + 7) % 7 || 7;
  const days = [...new Set([today, tomorrow, range.first, addDays(today, untilSaturday)])]
    .filter((day) => day >= range.first && day <= range.last)
    .sort();
  return days.map((day) => {
    if (day === today) {
      return {
        day,
        label: t('chores.agenda.putOff.today'),
        accessibleLabel: t('chores.agenda.putOff.todayLabel', { name: choreName }),
      };
    }
    if (day === tomorrow) {
      return {
        day,
        label: t('chores.agenda.putOff.tomorrow'),
        accessibleLabel: t('chores.agenda.putOff.tomorrowLabel', { name: choreName }),
      };
    }
    // A weekday alone would mean this week's; a week on, the date says which.
    const label = day < addDays(today, 7) ? format.weekday(day) : format.shortDay(day);
    return {
      day,
      label,
      accessibleLabel: t('chores.agenda.putOff.dayLabel', { name: choreName, day: label }),
    };
  });
}

/** The sentence that confirms an action, read out once it is on screen. */
export function actionInWords(
  action: AgendaAction,
  item: AgendaItemView,
  choreName: string,
  members: readonly Member[],
): string {
  const name = choreName;
  switch (action.kind) {
    case 'done':
      return t('chores.agenda.did.done', { name });
    case 'skip':
      return t('chores.agenda.did.skip', { name });
    case 'undo':
      return t('chores.agenda.did.undo', { name });
    case 'snooze':
      return t('chores.agenda.did.snooze', { name, day: format.shortDay(action.until) });
    case 'unsnooze':
      return t('chores.agenda.did.unsnooze', { name, day: format.shortDay(item.dueOn) });
    case 'ask':
      return t('chores.agenda.did.ask', { name, person: memberName(members, action.to) });
    case 'answer':
      return action.accept
        ? t('chores.agenda.did.accept', { name })
        : t('chores.agenda.did.decline', {
            name,
            person: memberName(members, item.handoff?.from ?? ''),
          });
    case 'withdraw':
      return t('chores.agenda.did.withdraw', { name });
  }
}
