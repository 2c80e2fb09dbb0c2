import { minorToDecimal } from '@tandem/shared';

/**
 * Dates and lists through Intl. A check-in day is a calendar date (YYYY-MM-DD) with no time
 * zone of its own, so it is formatted at UTC midnight in UTC to keep the same day everywhere.
 */
function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function formatDay(day: string, locale: string, withYear = false): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(dayAsDate(day));
}

/** A calendar day in few letters ("Tue, Nov 24"), for a line that mentions it in passing. */
export function formatShortDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(dayAsDate(day));
}

/** The weekday of a calendar day ("Saturday"). */
export function formatWeekday(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    dayAsDate(day),
  );
}

/** An instant as a short date and time, in `timeZone` (the viewer's) when given. */
export function formatDateTime(instant: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(instant));
}

export function formatDate(instant: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(instant));
}

/** "Sam", "Sam and Alex", "Sam, Alex and Kim" — by the locale's rules. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * Integer minor units as money ("€1,234.56"). Intl formats the exact decimal string from
 * `minorToDecimal`, so no amount ever passes through a float on its way to the screen.
 */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const decimal = minorToDecimal(minor, currency) as Intl.StringNumericLiteral;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(decimal);
}
