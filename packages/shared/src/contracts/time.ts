import { z } from 'zod';
import { eventKinds } from '../domain/time/calendar-event';
import {
  idSchema,
  instantSchema,
  listOf,
  localDateSchema,
  timeZoneSchema,
  trimmedText,
} from './common';

/**
 * Time together and apart: events on the space's calendar, each member's wished weekly balance,
 * the week as it was for each, a private calendar feed per member, and importing an .ics file.
 */
export const wallClockSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, {
    message: 'Must be a date and time such as 2026-05-01T19:00.',
  })
  .refine((value) => localDateSchema.safeParse(value.slice(0, 10)).success, {
    message: 'Must be a real day between 1900 and 2999.',
  });

const eventFields = z.strictObject({
  title: trimmedText(120).min(1, { message: 'Give it a name.' }),
  description: trimmedText(2000).optional(),
  kind: z.enum(eventKinds),
  participantIds: z.array(idSchema).min(1, { message: 'Choose who takes part.' }).max(8),
  allDay: z.boolean(),
  /** Timed: YYYY-MM-DDTHH:MM in `timeZone`; all-day: YYYY-MM-DD. */
  start: z.union([wallClockSchema, localDateSchema]),
  /** Timed: YYYY-MM-DDTHH:MM; all-day: the last day, inclusive. */
  end: z.union([wallClockSchema, localDateSchema]),
  timeZone: timeZoneSchema.optional().describe('Mine when left out.'),
  rrule: z.string().max(200).nullable().optional().describe('An RFC 5545 RRULE value.'),
  exdates: z
    .array(z.union([wallClockSchema, localDateSchema]))
    .max(200)
    .optional(),
  protected: z
    .boolean()
    .optional()
    .describe('Protected solo time: the others see it as my own time, without its title.'),
});

/** Start and end of the right form for an all-day or timed event, the end after the start. */
const wellFormed = (event: {
  allDay?: boolean | undefined;
  start?: string | undefined;
  end?: string | undefined;
}) =>
  event.allDay === undefined || event.start === undefined || event.end === undefined
    ? true
    : event.start.length === (event.allDay ? 10 : 16) &&
      event.end.length === event.start.length &&
      (event.allDay ? event.end >= event.start : event.end > event.start);
const endAfterStart = {
  message: 'The end must come after the start, both with a time or both whole days.',
  path: ['end'],
};

export const eventBody = eventFields.refine(wellFormed, endAfterStart);
export const updateEventBody = eventFields
  .partial()
  .refine(wellFormed, endAfterStart)
  .describe('Changing start, end or all-day needs all three.');
export const eventParams = z.strictObject({ spaceId: idSchema, eventId: idSchema });

export const eventSchema = z.object({
  id: idSchema,
  /** Null on someone else's protected time: it is theirs. */
  title: z.string().nullable(),
  description: z.string().nullable(),
  kind: z.enum(eventKinds),
  participantIds: z.array(idSchema),
  allDay: z.boolean(),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
  rrule: z.string().nullable(),
  exdates: z.array(z.string()),
  protected: z.boolean(),
  createdBy: idSchema,
  imported: z.boolean(),
  /** The date it stands for, planned in Dates and changed there; null for an ordinary event. */
  dateId: idSchema.nullable(),
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean() }),
});
export type CalendarEventView = z.infer<typeof eventSchema>;
export const eventList = listOf(eventSchema);

const minutesPerKind = z.partialRecord(
  z.enum(eventKinds),
  z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
);
export const wishesBody = z.strictObject({
  minutes: minutesPerKind.describe('Minutes a week I wish for, per kind.'),
});
export const wishesSchema = listOf(z.object({ userId: idSchema, minutes: minutesPerKind }));

export const weekQuery = z.strictObject({
  date: localDateSchema.optional().describe('Any day of the week (my zone); today when left out.'),
});
export const weekSchema = z.object({
  firstDay: localDateSchema,
  start: instantSchema,
  end: instantSchema,
  members: z.array(
    z.object({
      userId: idSchema,
      actual: z.record(z.enum(eventKinds), z.number()),
      wished: minutesPerKind,
    }),
  ),
  occurrences: z.array(
    z.object({
      eventId: idSchema,
      start: instantSchema,
      end: instantSchema,
      localStart: z.string(),
    }),
  ),
  events: z.array(eventSchema),
});
export type WeekView = z.infer<typeof weekSchema>;

export const feedSchema = z.object({
  /** The secret address to subscribe to; null when I have none (or revoked it). */
  url: z.string().nullable(),
  createdAt: instantSchema.nullable(),
});
export const feedParams = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

export const ICS_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const importIcsBody = z.strictObject({
  ics: z.string().min(1, { message: 'The file is empty.' }).max(ICS_IMPORT_MAX_BYTES),
  kind: z.enum(eventKinds).default('work'),
  participantIds: z.array(idSchema).min(1).max(8).optional().describe('Me when left out.'),
});
export const importIcsSchema = z.object({
  imported: z.number(),
  /** Already here from an earlier import of the same file: updated, not doubled. */
  updated: z.number(),
  skipped: z.array(z.object({ uid: z.string(), title: z.string(), reason: z.string() })),
});
