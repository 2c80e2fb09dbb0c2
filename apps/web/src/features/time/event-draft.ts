import { addDays, type CalendarEventView } from '@tandem/shared';
import { t } from '../../lib/i18n';
import type { EventKind } from './event-kinds';
import {
  noRepeat,
  repeatProblem,
  repeatToRrule,
  rruleToRepeat,
  sameRepeat,
  type RepeatDraft,
} from './repeat-rule';

/** What POST /calendar/events takes (the contract's `eventBody`). */
export interface EventBody {
  title: string;
  description?: string;
  kind: EventKind;
  participantIds: string[];
  allDay: boolean;
  start: string;
  end: string;
  timeZone?: string;
  rrule?: string | null;
  exdates?: string[];
  protected?: boolean;
}
export type EventPatch = Partial<EventBody>;

/** The event form as typed: a day and two times, or a run of whole days, and how it repeats. */
export interface EventDraft {
  title: string;
  description: string;
  kind: EventKind;
  participantIds: string[];
  allDay: boolean;
  /** The (first) day, YYYY-MM-DD. */
  date: string;
  /** All day: the last day, inclusive. */
  lastDay: string;
  /** Timed: HH:MM. A `to` before `from` ends the next day. */
  from: string;
  to: string;
  repeat: RepeatDraft;
  protected: boolean;
}

const DEFAULT_FROM = '19:00';
const DEFAULT_TO = '20:00';

/** Who a kind of time is with, to start from: everyone for time together, else just me. */
export function participantsForKind(
  kind: EventKind,
  memberIds: readonly string[],
  myId: string,
): string[] {
  return kind === 'together' ? [...memberIds] : [myId];
}

export function newEventDraft(day: string, memberIds: readonly string[], myId: string): EventDraft {
  return {
    title: '',
    description: '',
    kind: 'together',
    participantIds: participantsForKind('together', memberIds, myId),
    allDay: false,
    date: day,
    lastDay: day,
    from: DEFAULT_FROM,
    to: DEFAULT_TO,
    repeat: noRepeat,
    protected: false,
  };
}

/** An event as the form shows it, in the event's own zone (where its times are kept). */
export function draftOfEvent(event: CalendarEventView): EventDraft {
  const date = event.start.slice(0, 10);
  return {
    title: event.title ?? '',
    description: event.description ?? '',
    kind: event.kind,
    participantIds: [...event.participantIds],
    allDay: event.allDay,
    date,
    lastDay: event.allDay ? event.end.slice(0, 10) : date,
    from: event.allDay ? DEFAULT_FROM : event.start.slice(11, 16),
    to: event.allDay ? DEFAULT_TO : event.end.slice(11, 16),
    repeat: rruleToRepeat(event.rrule),
    protected: event.protected,
  };
}

/** Protected solo time is one person's own: solo, and only me taking part. */
export function canProtect(draft: Pick<EventDraft, 'kind' | 'participantIds'>, myId: string) {
  return (
    draft.kind === 'solo' &&
    draft.participantIds.length > 0 &&
    draft.participantIds.every((id) => id === myId)
  );
}

/** Whether a timed event's end falls on the day after its start ("22:00 to 02:00"). */
export const endsNextDay = (draft: EventDraft) => !draft.allDay && draft.to < draft.from;

/** The start and end the server keeps: wall clock for timed events, whole days otherwise. */
export function startAndEnd(draft: EventDraft): { start: string; end: string } {
  if (draft.allDay) return { start: draft.date, end: draft.lastDay || draft.date };
  const endDay = endsNextDay(draft) ? addDays(draft.date, 1) : draft.date;
  return { start: `${draft.date}T${draft.from}`, end: `${endDay}T${draft.to}` };
}

export type DraftField =
  'title' | 'participantIds' | 'date' | 'from' | 'to' | 'lastDay' | 'until' | 'count';

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** What to fix before sending, by field; empty when the draft can go. */
export function draftProblems(draft: EventDraft): Partial<Record<DraftField, string>> {
  const problems: Partial<Record<DraftField, string>> = {};
  if (draft.title.trim() === '') problems.title = t('time.form.titleNeeded');
  if (draft.participantIds.length === 0) problems.participantIds = t('time.form.whoNeeded');
  if (!isDay(draft.date)) problems.date = t('time.form.dateNeeded');
  if (draft.allDay) {
    if (draft.lastDay !== '' && (!isDay(draft.lastDay) || draft.lastDay < draft.date)) {
      problems.lastDay = t('time.form.lastDayProblem');
    }
  } else {
    if (!isTime(draft.from)) problems.from = t('time.form.timeNeeded');
    if (!isTime(draft.to)) problems.to = t('time.form.timeNeeded');
    else if (draft.to === draft.from) problems.to = t('time.form.sameTime');
  }
  const repeat = repeatProblem(draft.repeat, draft.date);
  if (repeat) problems[repeat.field] = repeat.message;
  return problems;
}

/** A new event; its zone is left to the server, which takes mine. */
export function draftToBody(draft: EventDraft, myId: string): EventBody {
  const description = draft.description.trim();
  return {
    title: draft.title.trim(),
    ...(description === '' ? {} : { description }),
    kind: draft.kind,
    participantIds: draft.participantIds,
    allDay: draft.allDay,
    ...startAndEnd(draft),
    rrule: repeatToRrule(draft.repeat, draft.date),
    protected: canProtect(draft, myId) && draft.protected,
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Only what changed, so saving a new title never rewrites times or a repeat rule the form could
 * only approximate; start, end and all-day always go together, as the server asks.
 */
export function draftToPatch(initial: EventDraft, draft: EventDraft, myId: string): EventPatch {
  const body = draftToBody(draft, myId);
  const before = draftToBody(initial, myId);
  const patch: EventPatch = {};
  if (body.title !== before.title) patch.title = body.title;
  if (draft.description.trim() !== initial.description.trim()) {
    patch.description = draft.description.trim();
  }
  if (body.kind !== before.kind) patch.kind = body.kind;
  if (!sameIds(body.participantIds, before.participantIds)) {
    patch.participantIds = body.participantIds;
  }
  if (body.allDay !== before.allDay || body.start !== before.start || body.end !== before.end) {
    patch.allDay = body.allDay;
    patch.start = body.start;
    patch.end = body.end;
  }
  if (!sameRepeat(initial.repeat, draft.repeat, draft.date)) patch.rrule = body.rrule ?? null;
  if (body.protected !== initial.protected) patch.protected = body.protected ?? false;
  return patch;
}
