import { addDays, isValidTimeZone, zonedFormatter, zonedInstant } from '@tandem/shared';
import ICAL from 'ical.js';
import {
  clip,
  IcsError,
  paramOf,
  propertyOf,
  unescapeText,
  type ContentLine,
  type IcsComponent,
} from './ics-content';
import { ianaZoneForWindowsName } from './windows-zones';

/**
 * Dates, times and zones of an imported .ics file, in Tandem's terms: a DATE stays a day; a
 * DATE-TIME becomes a wall clock in an IANA zone — its own, one mapped from a Windows name, UTC
 * when the zone is known only from the file's VTIMEZONE (ical.js reads that), or the calendar's
 * or importing member's zone for a floating time.
 */

/** A DATE, or a DATE-TIME as a wall clock ('YYYY-MM-DDTHH:MM:SS') in a zone Tandem knows. */
export type DateValue = { kind: 'date'; date: string } | TimeValue;

export interface TimeValue {
  kind: 'time';
  date: string;
  wall: string;
  timeZone: string;
  /** The zone of the file's own the time was turned into UTC from. */
  fileZone?: ICAL.Timezone;
}

export interface ZoneContext {
  fallback: string;
  vtimezones: Map<string, IcsComponent>;
  /** Zones read from the file's VTIMEZONEs by ical.js, once each; null when unreadable. */
  read: Map<string, ICAL.Timezone | null>;
}

export function zoneContext(calendar: IcsComponent, fallbackTimeZone: string): ZoneContext {
  const calendarZone = unescapeText(propertyOf(calendar, 'X-WR-TIMEZONE')?.value ?? '').trim();
  const vtimezones = new Map<string, IcsComponent>();
  for (const c of calendar.components.filter((c) => c.name === 'VTIMEZONE')) {
    const tzid = propertyOf(c, 'TZID')?.value.trim();
    if (tzid) vtimezones.set(tzid, c);
  }
  return {
    fallback: ianaZone(calendarZone) ?? fallbackTimeZone,
    vtimezones,
    read: new Map(),
  };
}

const dateTimePattern = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i;

/** One DATE or DATE-TIME value of a property, read with the property's TZID. */
export function dateValue(p: ContentLine, value: string, zones: ZoneContext): DateValue {
  const match = dateTimePattern.exec(value.trim());
  const [, y, mo, d, h, mi, s, z] = match ?? [];
  const date = `${y}-${mo}-${d}`;
  const real =
    match !== null &&
    Number(mo) >= 1 &&
    Number(mo) <= 12 &&
    Number(d) >= 1 &&
    Number(d) <= new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate() &&
    (h === undefined || (Number(h) <= 23 && Number(mi) <= 59 && Number(s) <= 60));
  if (!real) {
    const what = h === undefined && value.trim().length <= 8 ? 'date' : 'date and time';
    throw new IcsError(`"${clip(value)}" in ${p.name} is not a real ${what}.`, p.line);
  }
  if (h === undefined) return { kind: 'date', date };
  // A leap second is read as the second before it.
  const wall = `${date}T${h}:${mi}:${s === '60' ? '59' : s}`;
  if (z) return { kind: 'time', date, wall, timeZone: 'UTC' };
  const tzid = paramOf(p, 'TZID')?.trim();
  const known = tzid ? ianaZone(tzid) : zones.fallback;
  if (known) return { kind: 'time', date, wall, timeZone: known };
  const zone = tzid ? fileZone(tzid, zones) : null;
  if (!zone) return { kind: 'time', date, wall, timeZone: zones.fallback };
  const [hour, minute, second] = [Number(h), Number(mi), Number(s === '60' ? 59 : s)];
  const time = ICAL.Time.fromData(
    { year: Number(y), month: Number(mo), day: Number(d), hour, minute, second, isDate: false },
    zone,
  );
  const utc = new Date(time.toUnixTime() * 1000).toISOString().slice(0, 19);
  return { kind: 'time', date: utc.slice(0, 10), wall: utc, timeZone: 'UTC', fileZone: zone };
}

/**
 * The IANA zone a TZID names: itself (any case), the name after a path some tools put before
 * it ("/mozilla.org/20050126_1/Europe/Berlin"), or a Windows name's zone.
 */
function ianaZone(tzid: string): string | null {
  if (!tzid) return null;
  const segments = tzid.split('/');
  for (let i = 0; i < segments.length; i++) {
    const name = segments.slice(i).join('/');
    if (name && /^[A-Za-z]/.test(name) && isValidTimeZone(name)) return properCase(name);
  }
  return ianaZoneForWindowsName(tzid);
}

/** Intl accepts any case but canonicalises some names (Asia/Kolkata to Asia/Calcutta): only case is taken from it. */
function properCase(zone: string): string {
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
}

/** A zone defined only by the file's VTIMEZONE, read by ical.js; null when absent or unreadable. */
function fileZone(tzid: string, zones: ZoneContext): ICAL.Timezone | null {
  if (zones.read.has(tzid)) return zones.read.get(tzid) ?? null;
  const component = zones.vtimezones.get(tzid);
  let zone: ICAL.Timezone | null = null;
  if (component && hasYearlyRulesOnly(component)) {
    try {
      const lines = ['BEGIN:VCALENDAR', ...componentLines(component), 'END:VCALENDAR'];
      const parsed = new ICAL.Component(ICAL.parse(lines.join('\r\n')) as unknown[]);
      const vtimezone = parsed.getFirstSubcomponent('vtimezone');
      if (vtimezone) {
        zone = new ICAL.Timezone({ component: vtimezone, tzid });
        // Reading a time once shows now whether its rules can be used at all.
        ICAL.Time.fromData({ year: 2000, month: 1, day: 1, hour: 12 }, zone).toUnixTime();
      }
    } catch {
      zone = null;
    }
  }
  zones.read.set(tzid, zone);
  return zone;
}

/**
 * Whether each observance repeats at most once a year, as every real zone's do. ical.js expands
 * a VTIMEZONE's rules from their first year on, so a rule that repeats every second would keep
 * the server busy for as long as anyone cared to make it.
 */
function hasYearlyRulesOnly(vtimezone: IcsComponent): boolean {
  return vtimezone.components.every((observance) =>
    observance.properties
      .filter((p) => p.name === 'RRULE')
      .every((rule) => {
        const parts = rule.value.toUpperCase().split(';');
        return (
          parts.includes('FREQ=YEARLY') &&
          parts.every((part) =>
            /^(FREQ|INTERVAL|UNTIL|COUNT|WKST|BYMONTH|BYDAY|BYMONTHDAY)=[^,]*$/.test(part),
          )
        );
      }),
  );
}

function componentLines(component: IcsComponent): string[] {
  return [
    `BEGIN:${component.name}`,
    ...component.properties.map((p) => p.text),
    ...component.components.flatMap(componentLines),
    `END:${component.name}`,
  ];
}

/**
 * The end from DTEND or DURATION. All-day: the last day, inclusive (DTEND is the day after);
 * without either, the start day. Timed: in the start's zone; without either, the start.
 */
export function endOf(vevent: IcsComponent, start: DateValue, zones: ZoneContext): DateValue {
  const dtend = propertyOf(vevent, 'DTEND');
  const duration = propertyOf(vevent, 'DURATION');
  if (start.kind === 'date') {
    let next: string | null = null;
    if (dtend) next = dateValue(dtend, dtend.value, zones).date;
    else if (duration) {
      const { days, seconds } = durationOf(duration);
      next = addDays(start.date, days + Math.ceil(seconds / 86_400));
    }
    return { kind: 'date', date: next && next > start.date ? addDays(next, -1) : start.date };
  }
  if (dtend) {
    const end = dateValue(dtend, dtend.value, zones);
    return end.kind === 'time' && end.timeZone === start.timeZone
      ? end
      : wallIn(start.timeZone, instantOf(end, start.timeZone));
  }
  if (!duration) return start;
  // Days are calendar days (same wall clock), hours and less are elapsed time (§3.3.6).
  const { days, seconds } = durationOf(duration);
  const shifted = { ...start, wall: `${addDays(start.date, days)}${start.wall.slice(10)}` };
  return wallIn(start.timeZone, instantOf(shifted, start.timeZone) + seconds * 1000);
}

/** A DURATION (§3.3.6): whole days (weeks included) and seconds; negative is refused. */
function durationOf(p: ContentLine): { days: number; seconds: number } {
  const match = /^\+?P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/i.exec(
    p.value.trim(),
  );
  if (!match || /[PT]$/i.test(p.value.trim())) {
    throw new IcsError(`"${clip(p.value)}" in DURATION is not a length of time.`, p.line);
  }
  const [, w, d, h, m, s] = match.map((part) => Number(part ?? 0));
  return { days: (w ?? 0) * 7 + (d ?? 0), seconds: (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0) };
}

/** A date or time in an event's own terms: its start's form, in its zone. */
export function inTermsOf(
  event: { allDay: boolean; start: string; timeZone: string },
  value: DateValue,
): string {
  if (event.allDay) {
    return value.kind === 'date' ? value.date : wallIn(event.timeZone, instantOf(value)).date;
  }
  if (value.kind === 'date') return `${value.date}${event.start.slice(10)}`;
  const wall =
    value.timeZone === event.timeZone ? value.wall : wallIn(event.timeZone, instantOf(value)).wall;
  return wall.slice(0, 16);
}

/** The instant (ms) of a date (its start, in `dateZone`) or wall clock. */
function instantOf(value: DateValue, dateZone = 'UTC'): number {
  return value.kind === 'date'
    ? Date.parse(zonedInstant(dateZone, `${value.date}T00:00`))
    : Date.parse(zonedInstant(value.timeZone, value.wall));
}

function wallIn(timeZone: string, instant: number): TimeValue {
  const parts = zonedFormatter(
    timeZone,
    'ics-read-wall',
    {
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    },
    'en-US',
  ).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  const wall = `${date}T${String(Number(part('hour')) % 24).padStart(2, '0')}:${part('minute')}:${part('second')}`;
  return { kind: 'time', date, wall, timeZone };
}

/**
 * The rule with a floating UNTIL (RFC 5545 wants UTC with a zone, but not every file obliges)
 * in UTC when the event's times were turned into UTC: it was meant in the event's old zone.
 */
export function utcUntil(rrule: string, start: DateValue): string {
  if (start.kind !== 'time' || start.timeZone !== 'UTC') return rrule;
  return rrule.replace(
    /UNTIL=(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?=;|$)/i,
    (...m: string[]) => {
      const [year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0] = m
        .slice(1, 7)
        .map(Number);
      const instant = start.fileZone
        ? ICAL.Time.fromData(
            { year, month, day, hour, minute, second, isDate: false },
            start.fileZone,
          ).toUnixTime() * 1000
        : Date.UTC(year, month - 1, day, hour, minute, second);
      return `UNTIL=${new Date(instant).toISOString().replace(/\.\d{3}|[-:]/g, '')}`;
    },
  );
}
