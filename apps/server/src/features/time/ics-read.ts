import { createHash } from 'node:crypto';
import { ICS_IMPORT_MAX_BYTES, isValidTimeZone, type CalendarEvent } from '@tandem/shared';
import {
  clip,
  IcsError,
  paramOf,
  propertyOf,
  readComponents,
  unescapeText,
  type ContentLine,
  type IcsComponent,
} from './ics-content';
import { importableRule } from './ics-import-rule';
import { dateValue, endOf, inTermsOf, utcUntil, zoneContext, type ZoneContext } from './ics-times';

export { IcsError } from './ics-content';

/** An event read from a file: Tandem's fields, with the UID that lets a second import update it. */
export type ImportedEvent = Omit<CalendarEvent, 'id' | 'kind' | 'participantIds' | 'protected'> & {
  uid: string;
  description: string;
};

export interface SkippedEntry {
  uid: string;
  title: string;
  reason: string;
}

export interface IcsReadResult {
  events: ImportedEvent[];
  skipped: SkippedEntry[];
}

/** More than a few years of a busy calendar: beyond it a file is not one person's plans. */
export const MAX_IMPORTED_EVENTS = 5_000;

/**
 * Reads an .ics file (RFC 5545) from Google, Apple, Outlook or anything else into Tandem's
 * events, so that plans made elsewhere count. Events keep their wall clock and zone, as Tandem's
 * own do; what Tandem cannot follow is listed with the reason rather than guessed at, and a file
 * that is not a calendar at all is refused whole with an `IcsError` saying where.
 *
 * Choices:
 * - A zone named by IANA (or Outlook's Windows names) is kept; one known only from the file's
 *   own VTIMEZONE is turned into UTC, since Tandem can compute only with zones it knows; a
 *   TZID with neither, and floating times, are read in the calendar's X-WR-TIMEZONE (Google's)
 *   or else in `fallbackTimeZone`, the importing member's.
 * - A changed occurrence (RECURRENCE-ID) becomes a one-off of its own, its original date left
 *   out of the series, so both the series and the change count as planned.
 * - A timed event that takes no time (no end, or the end at the start) is skipped: it is a
 *   reminder, not time spent. Events outside 1900–2999 are skipped too (Apple dates birthdays
 *   with no year in 1604).
 */
export function readIcs(text: string, fallbackTimeZone: string): IcsReadResult {
  if (!isValidTimeZone(fallbackTimeZone)) {
    throw new RangeError(`fallbackTimeZone must be an IANA time zone, not "${fallbackTimeZone}".`);
  }
  if (Buffer.byteLength(text, 'utf8') > ICS_IMPORT_MAX_BYTES) {
    throw new IcsError(
      `The file is larger than ${ICS_IMPORT_MAX_BYTES / 1024 / 1024} MB. Export a shorter span of the calendar and import that.`,
    );
  }
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new IcsError('The file is empty.');
  const calendars = readComponents(body);
  const entries = calendars.flatMap((calendar) => {
    const zones = zoneContext(calendar, fallbackTimeZone);
    return calendar.components
      .filter((c) => c.name === 'VEVENT')
      .map((vevent) => ({ vevent, zones }));
  });
  if (entries.length > MAX_IMPORTED_EVENTS) {
    throw new IcsError(
      `The file has ${entries.length.toLocaleString('en')} events; Tandem imports at most ${MAX_IMPORTED_EVENTS.toLocaleString('en')} at a time. Export a shorter span of the calendar and import that.`,
    );
  }

  const events: ImportedEvent[] = [];
  const skipped: SkippedEntry[] = [];
  const byUid = new Map<string, ImportedEvent>();
  const add = (event: ImportedEvent) => {
    if (byUid.has(event.uid)) {
      skipped.push({ ...summaryOf(event), reason: 'appears twice in the file; the first is kept' });
    } else {
      byUid.set(event.uid, event);
      events.push(event);
    }
  };
  // Series first, so that a changed occurrence can be left out of its series.
  const changes = new Set(entries.filter((e) => propertyOf(e.vevent, 'RECURRENCE-ID')));
  for (const { vevent, zones } of entries.filter((e) => !changes.has(e))) {
    const read = readEvent(vevent, zones);
    if ('reason' in read) skipped.push(read);
    else add(read);
  }
  for (const { vevent, zones } of changes) {
    const read = readEvent(vevent, zones);
    const recurrenceId = propertyOf(vevent, 'RECURRENCE-ID')!;
    const series = byUid.get(uidOf(vevent));
    if (series?.rrule) {
      const original = dateValue(recurrenceId, recurrenceId.value, zones);
      const exdate = inTermsOf(series, original);
      if (!series.exdates.includes(exdate)) series.exdates.push(exdate);
    }
    if ('reason' in read) {
      if (read.reason !== cancelled) skipped.push(read);
      continue;
    }
    add({ ...read, uid: `${read.uid}/${recurrenceId.value.trim()}`, rrule: null, exdates: [] });
  }
  return { events, skipped };
}

const cancelled = 'was cancelled';

type Skip = SkippedEntry;

function readEvent(vevent: IcsComponent, zones: ZoneContext): ImportedEvent | Skip {
  const uid = uidOf(vevent);
  const title = text(vevent, 'SUMMARY').trim();
  const skip = (reason: string): Skip => ({ uid, title, reason });
  if (propertyOf(vevent, 'STATUS')?.value.trim().toUpperCase() === 'CANCELLED') {
    return skip(cancelled);
  }
  const dtstart = propertyOf(vevent, 'DTSTART');
  if (!dtstart) {
    throw new IcsError(`The event "${clip(title)}" has no start (DTSTART).`, vevent.line);
  }
  const start = dateValue(dtstart, dtstart.value, zones);
  const allDay = start.kind === 'date';
  const end = endOf(vevent, start, zones);
  const startText = start.kind === 'date' ? start.date : start.wall.slice(0, 16);
  const endText = end.kind === 'date' ? end.date : end.wall.slice(0, 16);
  if (startText < '1900-01-01' || endText > '2999-12-31T23:59') {
    return skip('is dated before 1900 or after 2999');
  }
  if (endText < startText) return skip('ends before it starts');
  if (!allDay && endText === startText) return skip('takes no time (it ends as it starts)');
  const event: ImportedEvent = {
    uid,
    title,
    description: text(vevent, 'DESCRIPTION'),
    allDay,
    start: startText,
    end: endText,
    // An all-day event is days wherever one is; the zone places them in time for the balance.
    timeZone: start.kind === 'date' ? zones.fallback : start.timeZone,
    rrule: null,
    exdates: [],
  };

  const rules = vevent.properties.filter((p) => p.name === 'RRULE');
  const cantFollow = (words: string) => skip(`repeats in a way Tandem can’t follow yet: ${words}`);
  if (rules.length > 1) return cantFollow('by more than one rule');
  if (propertyOf(vevent, 'EXRULE')) {
    return cantFollow('with a rule for dates to leave out (EXRULE)');
  }
  const extraDates = vevent.properties
    .filter((p) => p.name === 'RDATE')
    .flatMap((p) => valuesOf(p).map((value) => ({ p, value })));
  // An extra date that is the start itself adds nothing (Tandem's own feed writes one).
  const extra = extraDates.some(({ p, value }) => {
    if (paramOf(p, 'VALUE')?.toUpperCase() === 'PERIOD') return true;
    return inTermsOf(event, dateValue(p, value, zones)) !== event.start;
  });
  if (extra) return cantFollow('on extra dates listed one by one (RDATE)');
  const rule = rules[0];
  if (!rule) return event;

  const importable = importableRule(utcUntil(rule.value, start), { date: start.date });
  if ('unsupported' in importable) return cantFollow(importable.unsupported);
  event.rrule = importable.rrule;
  const exdates = vevent.properties
    .filter((p) => p.name === 'EXDATE')
    .flatMap((p) => valuesOf(p).map((value) => inTermsOf(event, dateValue(p, value, zones))));
  event.exdates = [...new Set(exdates)];
  return event;
}

const summaryOf = (event: ImportedEvent) => ({ uid: event.uid, title: event.title });

/** The UID, or one made from the event's own lines: the same file gives the same one again. */
function uidOf(vevent: IcsComponent): string {
  const uid = text(vevent, 'UID').trim();
  if (uid) return uid;
  const lines = vevent.properties.filter((p) => p.name !== 'DTSTAMP').map((p) => p.text);
  return `${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 24)}@import`;
}

const text = (component: IcsComponent, name: string) => {
  const property = propertyOf(component, name);
  return property ? unescapeText(property.value) : '';
};

/** A property's comma-separated values (EXDATE and RDATE may list several). */
const valuesOf = (p: ContentLine) =>
  p.value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
