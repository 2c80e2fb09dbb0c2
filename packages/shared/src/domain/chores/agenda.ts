import { addDays } from '../local-date';
import { dueDateAfterCompletion, dueDateBefore, dueDatesBetween } from './due-dates';

export interface AgendaChore {
  id: string;
  rrule: string | null;
  scheduleFrom: 'due' | 'completion';
  firstDueOn: string;
  ownerId: string | null;
}

/** A line of the completion log, with the calendar day it was done on and the due date it closed. */
export interface AgendaLogEntry {
  id: string;
  choreId: string;
  kind: 'done' | 'skipped';
  doneBy: string;
  recordedBy: string;
  doneOn: string;
  dueOn: string | null;
}

export interface Handoff {
  from: string;
  to: string;
  status: 'asked' | 'accepted' | 'declined';
}

/** What was changed for one occurrence only: put off to a later day, or handed to someone. */
export interface OccurrenceChange {
  choreId: string;
  dueOn: string;
  snoozedUntil: string | null;
  handoff: Handoff | null;
}

export interface AgendaItem {
  choreId: string;
  /** The due date by the schedule; identifies the occurrence. */
  dueOn: string;
  /** The day it shows on: the due date, or the day it was snoozed to. */
  showOn: string;
  /** Who does it this time: the owner, or whoever accepted to take it. */
  ownerId: string | null;
  overdue: boolean;
  entry: AgendaLogEntry | null;
  change: OccurrenceChange | null;
}

export interface AgendaInput {
  chores: AgendaChore[];
  log: AgendaLogEntry[];
  changes: OccurrenceChange[];
  /** The viewer's calendar day. */
  today: string;
  /** How many days from today the agenda covers (7 for "this week"). */
  days: number;
}

/**
 * The occurrences from today through the coming days, each open, done or skipped, plus the ones
 * still open from before. A missed occurrence of a chore scheduled by due date stops being
 * overdue once the next one is due: the bins missed last week are not owed twice.
 */
export function choreAgenda(input: AgendaInput): AgendaItem[] {
  const last = addDays(input.today, input.days - 1);
  const entries = new Map(input.log.filter((e) => e.dueOn).map((e) => [key(e), e]));
  const changes = new Map(input.changes.map((c) => [key(c), c]));
  const items: AgendaItem[] = [];
  const add = (chore: AgendaChore, dueOn: string) => {
    const entry = entries.get(`${chore.id} ${dueOn}`) ?? null;
    const change = changes.get(`${chore.id} ${dueOn}`) ?? null;
    // Done early, it shows on its day; done late, on the day it was done.
    const showOn = entry ? max(dueOn, entry.doneOn) : (change?.snoozedUntil ?? dueOn);
    if (showOn > last) return;
    const open = entry === null;
    if (!open && showOn < input.today) return;
    items.push({
      choreId: chore.id,
      dueOn,
      showOn,
      ownerId: change?.handoff?.status === 'accepted' ? change.handoff.to : chore.ownerId,
      overdue: open && showOn < input.today,
      entry,
      change,
    });
  };

  for (const chore of input.chores) {
    for (const dueOn of openOccurrences(chore, input.log, input.today, last)) add(chore, dueOn);
  }
  return items.sort(
    (a, b) => cmp(a.showOn, b.showOn) || cmp(a.choreId, b.choreId) || cmp(a.dueOn, b.dueOn),
  );
}

/** The due dates a chore has in the window, plus the latest earlier one (maybe still open). */
function openOccurrences(
  chore: AgendaChore,
  log: AgendaLogEntry[],
  today: string,
  last: string,
): string[] {
  if (chore.scheduleFrom === 'completion' && chore.rrule) {
    const latest = log
      .filter((e) => e.choreId === chore.id)
      .reduce<AgendaLogEntry | null>((l, e) => (!l || e.doneOn > l.doneOn ? e : l), null);
    const closed = log
      .filter((e) => e.choreId === chore.id && e.dueOn && e.doneOn >= today)
      .map((e) => e.dueOn!);
    const next = latest ? dueDateAfterCompletion(chore.rrule, latest.doneOn) : chore.firstDueOn;
    return [...new Set([...closed, next])];
  }
  const upcoming = dueDatesBetween(chore.rrule, chore.firstDueOn, today, last);
  const before = dueDateBefore(chore.rrule, chore.firstDueOn, today);
  // Missed and superseded: today is already the next due date.
  const superseded = chore.rrule !== null && upcoming[0] === today;
  return before && !superseded ? [before, ...upcoming] : upcoming;
}

const key = (o: { choreId: string; dueOn: string | null }) => `${o.choreId} ${o.dueOn}`;
const max = (a: string, b: string) => (a > b ? a : b);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
