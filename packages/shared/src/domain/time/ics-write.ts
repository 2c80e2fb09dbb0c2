import { addDays, localDateIn } from '../local-date';
import type { CalendarEvent } from './calendar-event';
import { expandEventRule, parseEventRule, zonedInstant } from './event-recurrence';
import { vtimezone } from './ics-vtimezone';

/**
 * A member's calendar as an iCalendar feed (RFC 5545, Desruisseaux 2009) that Google, Apple and
 * Outlook calendars can subscribe to. Events keep their wall clock and IANA zone (TZID), so a
 * weekly 19:00 stays at 19:00 across daylight-saving changes in every client; each zone used
 * comes with a VTIMEZONE built from the platform's own Intl data, because Outlook and Apple
 * read the offsets from the file rather than from a zone database of their own.
 */
export interface IcsFeedEvent extends CalendarEvent {
  description?: string | null;
  /** ISO instant of the last change: clients refresh an event whose LAST-MODIFIED moved. */
  updatedAt: string;
}

export interface IcsFeedInput {
  /** Shown by clients as the subscribed calendar's name (X-WR-CALNAME). */
  name: string;
  events: IcsFeedEvent[];
  /** ISO instant the feed is written at (DTSTAMP). */
  now: string;
}

/** The feed's text: CRLF line ends, lines folded at 75 octets. */
export function icsCalendar(input: IcsFeedInput): string {
  const nowMs = instantMs(input.now, 'now');
  // All-day events are dates, in no zone: only timed ones need a VTIMEZONE.
  const timed = input.events.filter((e) => !e.allDay && !isUtc(e.timeZone));
  const zones = [...new Set(timed.map((e) => e.timeZone))].sort();
  const years = vtimezoneYears(input.events, new Date(nowMs).getUTCFullYear());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Tandem//Tandem calendar feed//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    ...zones.flatMap((zone) => vtimezone(zone, years.from, years.to)),
    ...input.events.flatMap((event) => vevent(event, utcStamp(nowMs))),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function vevent(event: IcsFeedEvent, dtstamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@tandem`)}`,
    `DTSTAMP:${dtstamp}`,
    `LAST-MODIFIED:${utcStamp(instantMs(event.updatedAt, 'updatedAt'))}`,
    `SUMMARY:${escapeText(event.title)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    `CATEGORIES:${escapeText(event.kind)}`,
    // An all-day event ends (exclusively) at the start of the day after its last day.
    dateProperty('DTSTART', event, event.start),
    dateProperty('DTEND', event, event.allDay ? addDays(event.end, 1) : event.end),
    ...recurrenceLines(event),
    ...event.exdates.map((exdate) => dateProperty('EXDATE', event, exdate)),
    'END:VEVENT',
  ];
}

/** DTSTART, DTEND, EXDATE or RDATE for a day ('YYYY-MM-DD') or a wall clock ('YYYY-MM-DDTHH:MM'). */
function dateProperty(name: string, event: CalendarEvent, value: string): string {
  if (event.allDay) return `${name};VALUE=DATE:${icsDate(value)}`;
  if (isUtc(event.timeZone)) return `${name}:${icsDateTime(value)}Z`;
  return `${name};TZID=${paramValue(event.timeZone)}:${icsDateTime(value)}`;
}

/**
 * RRULE as stored, with two changes that make every client read the same occurrences as Tandem:
 *
 * - UNTIL takes the form RFC 5545 §3.3.10 demands, a DATE for an all-day event and a UTC
 *   date-time for a timed one; a rule written by hand or imported may carry another, which
 *   strict clients (Outlook) reject.
 * - A weekly rule whose BYDAY leaves out the start's own weekday: Tandem, like RFC 5545's "DTSTART
 *   always counts as the first occurrence", keeps the start, but the RFC also calls such a set
 *   undefined and ical.js (Thunderbird) drops it. The start is then listed again as an RDATE,
 *   which clients that keep it ignore as a duplicate, and a COUNT becomes the UNTIL of its last
 *   occurrence, so that clients counting either way end on the same one.
 */
function recurrenceLines(event: CalendarEvent): string[] {
  if (!event.rrule) return [];
  let rrule = event.rrule;
  const unsynced = startOutsideRule(event, event.rrule);
  if (unsynced?.count) {
    const starts = expandEventRule(unsynced, event.start, {
      from: event.start.slice(0, 10),
      to: addDays(event.start.slice(0, 10), 7 * unsynced.interval * (unsynced.count + 1)),
      timeZone: event.timeZone,
      limit: unsynced.count,
    });
    const last = starts[starts.length - 1] ?? event.start;
    const until = event.allDay ? icsDate(last) : icsDateTime(last);
    rrule = rrule.replace(/COUNT=\d+/i, `UNTIL=${until}`);
  }
  return [
    `RRULE:${rruleWithUntil(event, rrule)}`,
    ...(unsynced ? [dateProperty('RDATE', event, event.start)] : []),
  ];
}

/** The parsed rule when it is weekly and its BYDAY leaves out the start's weekday. */
function startOutsideRule(event: CalendarEvent, rrule: string) {
  let rule;
  try {
    rule = parseEventRule(rrule);
  } catch {
    return null; // Written as given: the service only stores rules it can read.
  }
  const weekday = (new Date(`${event.start.slice(0, 10)}T00:00:00Z`).getUTCDay() + 6) % 7;
  const outside = rule.freq === 'WEEKLY' && rule.byDay.length > 0 && !rule.byDay.includes(weekday);
  return outside ? rule : null;
}

function rruleWithUntil(event: CalendarEvent, rrule: string): string {
  return rrule
    .split(';')
    .map((part) => {
      const [key, value] = part.split('=');
      if (key?.toUpperCase() !== 'UNTIL' || value === undefined) return part;
      return `UNTIL=${untilFor(event, value)}`;
    })
    .join(';');
}

/**
 * UNTIL in the event's terms. One before the start is raised to the start: Tandem keeps the
 * start whatever the rule's end says, as RFC 5545 has DTSTART count as the first occurrence,
 * while ical.js reads such a rule as none at all; UNTIL at the start itself means once for all.
 */
function untilFor(event: CalendarEvent, until: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(until);
  if (!match) return until;
  const [, y, mo, d, h, mi, s, z] = match as unknown as [string, ...string[]];
  const day = `${y}-${mo}-${d}`;
  if (event.allDay) {
    // A UTC limit counts on the day it falls on in the event's zone.
    const local = z ? localDateIn(event.timeZone, new Date(`${day}T${h}:${mi}:${s}Z`)) : day;
    return icsDate(local < event.start ? event.start : local);
  }
  // A bare day includes the whole day: up to its last second in the event's zone.
  const instant = z
    ? Date.parse(`${day}T${h}:${mi}:${s}Z`)
    : h === undefined
      ? Date.parse(zonedInstant(event.timeZone, `${addDays(day, 1)}T00:00`)) - 1000
      : Date.parse(zonedInstant(event.timeZone, `${day}T${h}:${mi}:${s}`));
  const start = Date.parse(zonedInstant(event.timeZone, event.start));
  return utcStamp(Math.max(instant, start));
}

/**
 * The years the VTIMEZONEs cover: from the year before the earliest start to two years past the
 * latest start, UNTIL or now, so that every occurrence a client shows — and the next two years
 * of an endless rule, as the feed is refetched — has its offsets in the file (the last year's
 * changes also carry their yearly rule, for any beyond). Bounded to a century back and 50 years
 * ahead: further out, zone rules are history or guesswork.
 */
function vtimezoneYears(events: CalendarEvent[], nowYear: number): { from: number; to: number } {
  const starts = events.map((e) => Number(e.start.slice(0, 4))).filter(Number.isFinite);
  const untils = events.map((e) => Number(/UNTIL=(\d{4})/i.exec(e.rrule ?? '')?.[1] ?? 0));
  const clamp = (year: number) => Math.min(nowYear + 50, Math.max(nowYear - 100, year));
  const from = clamp(Math.min(nowYear, ...starts) - 1);
  const to = clamp(Math.max(nowYear, ...starts, ...untils) + 2);
  return { from, to };
}

// ---------------------------------------------------------------------------------------------
// Values and lines

/** UTC is written with 'Z' times and needs no VTIMEZONE. */
const isUtc = (zone: string) => zone === 'UTC';

const icsDate = (day: string) => day.slice(0, 10).replaceAll('-', '');
const icsDateTime = (wallClock: string) =>
  `${icsDate(wallClock)}T${wallClock.slice(11, 13)}${wallClock.slice(14, 16)}00`;
const utcStamp = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replaceAll('-', '')
    .replaceAll(':', '');

function instantMs(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`${field} must be an ISO instant, not "${iso}".`);
  return ms;
}

/**
 * TEXT per §3.3.11: backslash, semicolon, comma and line breaks escaped; other control
 * characters, which TEXT may not hold, and lone surrogates, which UTF-8 cannot, dropped.
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
      .replace(/\r\n|\r|\n/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/** A parameter value, quoted when it holds a character a bare one may not (§3.1). */
const paramValue = (value: string) =>
  /[;:,"]/.test(value) ? `"${value.replaceAll('"', '')}"` : value;

/**
 * Folds a content line at 75 octets of UTF-8 (§3.1), each continuation starting with a space,
 * never inside a character's bytes: clients that unfold by bytes would otherwise mangle it.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
