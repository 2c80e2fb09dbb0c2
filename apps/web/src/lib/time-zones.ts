/** The device's IANA time zone, e.g. `Europe/Berlin`. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The zones to offer in a picker: every zone the browser knows, plus `UTC` and the selected
 * one, which some engines leave out of `supportedValuesOf`. Sorted, without duplicates.
 */
export function timeZoneChoices(
  selected: string,
  supported: readonly string[] = Intl.supportedValuesOf('timeZone'),
): string[] {
  return [...new Set([...supported, 'UTC', selected])].filter(Boolean).sort();
}
