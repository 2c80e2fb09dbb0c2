import {
  addDays,
  zonedInstant,
  type DateIdeaRef,
  type DateIdeaView,
  type PlannedDate,
} from '@tandem/shared';
import { t } from '../../lib/i18n';
import type { DatePatch, PlanBody, RescheduleBody } from './dates-api';

/** A day and two times on the wall clock, as the form holds them. */
export interface WhenDraft {
  /** YYYY-MM-DD. */
  day: string;
  /** HH:MM; a `to` before `from` ends the next day. */
  from: string;
  to: string;
}

/** The plan form as typed. */
export interface PlanDraft extends WhenDraft {
  title: string;
  note: string;
  place: string;
  timeZone: string;
  inviteeIds: string[];
  /** The idea it came from, with its title to show. */
  idea: { ref: DateIdeaRef; title: string } | null;
}

export type WhenField = 'day' | 'from' | 'to';
export type PlanField = 'title' | 'inviteeIds' | WhenField;

const DEFAULT_FROM = '19:00';
const DEFAULT_TO = '21:00';

/**
 * A new plan: today in my zone, in the evening; in a couple the partner is invited already.
 * Planned from an idea, its title and words come with it.
 */
export function newPlanDraft(
  start: { today: string; timeZone: string; otherIds: readonly string[] },
  idea?: DateIdeaView,
): PlanDraft {
  return {
    title: idea?.title ?? '',
    note: idea?.description ?? '',
    place: '',
    day: start.today,
    from: DEFAULT_FROM,
    to: DEFAULT_TO,
    timeZone: start.timeZone,
    inviteeIds: start.otherIds.length === 1 ? [...start.otherIds] : [],
    idea: idea ? { ref: idea.ref, title: idea.title } : null,
  };
}

/** The start and end on the wall clock; an end before the start is on the next day. */
export function wallClock(when: WhenDraft): { start: string; end: string } {
  const endDay = when.to < when.from ? addDays(when.day, 1) : when.day;
  return { start: `${when.day}T${when.from}`, end: `${endDay}T${when.to}` };
}

/** Whether the end falls on the day after the start ("22:00 to 01:00"). */
export const endsNextDay = (when: WhenDraft) => /^\d\d:\d\d$/.test(when.to) && when.to < when.from;

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** What to fix in a day and two times before sending; a time that has passed will not do. */
export function whenProblems(
  when: WhenDraft,
  timeZone: string,
  now: Date = new Date(),
): Partial<Record<WhenField, string>> {
  const problems: Partial<Record<WhenField, string>> = {};
  if (!isDay(when.day)) problems.day = t('dates.form.dayNeeded');
  if (!isTime(when.from)) problems.from = t('dates.form.timeNeeded');
  if (!isTime(when.to)) problems.to = t('dates.form.timeNeeded');
  else if (when.to === when.from) problems.to = t('dates.form.sameTime');
  if (Object.keys(problems).length > 0) return problems;
  try {
    if (Date.parse(zonedInstant(timeZone, wallClock(when).start)) <= now.getTime()) {
      problems.from = t('dates.form.passed');
    }
  } catch {
    // A zone this browser cannot work with: the server checks the times instead.
  }
  return problems;
}

export function planProblems(
  draft: PlanDraft,
  now: Date = new Date(),
): Partial<Record<PlanField, string>> {
  const problems: Partial<Record<PlanField, string>> = whenProblems(draft, draft.timeZone, now);
  if (draft.title.trim() === '') problems.title = t('dates.form.titleNeeded');
  if (draft.inviteeIds.length === 0) problems.inviteeIds = t('dates.form.whoNeeded');
  return problems;
}

/** The plan to send: blanks left out, and the zone only when it is not mine (the server's default). */
export function planBody(draft: PlanDraft, myTimeZone: string): PlanBody {
  const note = draft.note.trim();
  const place = draft.place.trim();
  return {
    title: draft.title.trim(),
    ...(note ? { note } : {}),
    ...(place ? { place } : {}),
    ...(draft.idea ? { idea: draft.idea.ref } : {}),
    inviteeIds: draft.inviteeIds,
    ...wallClock(draft),
    ...(draft.timeZone !== myTimeZone ? { timeZone: draft.timeZone } : {}),
  };
}

/** Another time, to start from: the date's own, on its own clock. */
export const rescheduleDraftOf = (date: Pick<PlannedDate, 'start' | 'end'>): WhenDraft => ({
  day: date.start.slice(0, 10),
  from: date.start.slice(11, 16),
  to: date.end.slice(11, 16),
});

/** Another time to send, in the date's own zone; a note only when one was written. */
export function rescheduleBody(when: WhenDraft, note: string): RescheduleBody {
  const trimmed = note.trim();
  return { ...wallClock(when), ...(trimmed ? { note: trimmed } : {}) };
}

export interface WordsDraft {
  title: string;
  place: string;
  note: string;
}

/** The words that changed, emptied ones included so a place can be taken back; none without a title. */
export function wordsPatch(before: WordsDraft, draft: WordsDraft): DatePatch | undefined {
  const title = draft.title.trim();
  if (title === '') return undefined;
  const patch: DatePatch = {};
  if (title !== before.title) patch.title = title;
  if (draft.place.trim() !== before.place) patch.place = draft.place.trim();
  if (draft.note.trim() !== before.note) patch.note = draft.note.trim();
  return patch;
}
