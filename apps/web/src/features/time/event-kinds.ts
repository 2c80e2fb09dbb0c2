import type { CalendarEventView } from '@tandem/shared';

export type EventKind = CalendarEventView['kind'];

/** The kinds in the order the page shows them: time together first, work last. */
export const kindOrder = [
  'together',
  'solo',
  'social',
  'family',
  'work',
] as const satisfies readonly EventKind[];

// A kind added to the contract but not here would silently go missing from every list.
type Unlisted = Exclude<EventKind, (typeof kindOrder)[number]>;
export const everyKindListed: [Unlisted] extends [never] ? true : never = true;

export const isEventKind = (value: string): value is EventKind =>
  (kindOrder as readonly string[]).includes(value);
