import { z } from 'zod';
import {
  dateCosts,
  dateDurations,
  dateEnergies,
  dateSeasons,
  dateSettings,
} from '../domain/time/date-ideas';
import {
  idSchema,
  instantSchema,
  listOf,
  localDateSchema,
  timeZoneSchema,
  trimmedText,
} from './common';
import { wallClockSchema } from './time';

/**
 * Dates: ideas (Tandem's bank and the couple's own), planning a date with the others (invite,
 * accept or decline, another time), and memories of it — a note and optionally a photo — on a
 * shared timeline.
 */
const seasonsField = z
  .array(z.enum(dateSeasons))
  .min(1, { message: 'Choose “any season” or one or more seasons.' })
  .max(5)
  .refine((seasons) => !seasons.includes('any') || seasons.length === 1, {
    message: '“Any season” goes alone.',
  });

export const dateIdeaBody = z.strictObject({
  title: trimmedText(120).min(1, { message: 'Give the idea a name.' }),
  description: trimmedText(1000).optional(),
  setting: z.enum(dateSettings),
  cost: z.enum(dateCosts),
  duration: z.enum(dateDurations),
  energy: z.enum(dateEnergies),
  seasons: seasonsField,
});
export const updateDateIdeaBody = dateIdeaBody.partial();
export const dateIdeaParams = z.strictObject({ spaceId: idSchema, ideaId: idSchema });

export const dateIdeaQuery = z.strictObject({
  setting: z.enum(dateSettings).optional(),
  cost: z.enum(dateCosts).optional().describe('At most this cost.'),
  duration: z.enum(dateDurations).optional(),
  energy: z.enum(dateEnergies).optional(),
  season: z
    .enum(dateSeasons)
    .exclude(['any'])
    .optional()
    .describe('Ideas for any season match every season.'),
});

export const dateIdeaRef = z.discriminatedUnion('source', [
  z.strictObject({ source: z.literal('bank'), key: z.string().min(1).max(80) }),
  z.strictObject({ source: z.literal('ours'), id: idSchema }),
]);
export type DateIdeaRef = z.infer<typeof dateIdeaRef>;

export const dateIdeaSchema = z.object({
  /** Where it comes from: Tandem's bank (keyed) or the couple's own (an id). */
  ref: dateIdeaRef,
  title: z.string(),
  description: z.string(),
  setting: z.enum(dateSettings),
  cost: z.enum(dateCosts),
  duration: z.enum(dateDurations),
  energy: z.enum(dateEnergies),
  seasons: z.array(z.enum(dateSeasons)),
  createdBy: idSchema.nullable(),
});
export type DateIdeaView = z.infer<typeof dateIdeaSchema>;
export const dateIdeaList = listOf(dateIdeaSchema);

const dateTimes = {
  /** YYYY-MM-DDTHH:MM in `timeZone`. */
  start: wallClockSchema,
  end: wallClockSchema,
  timeZone: timeZoneSchema.optional().describe('Mine when left out.'),
};
const endsAfterStart = (times: { start: string; end: string }) => times.end > times.start;
const endAfterStart = { message: 'The end must come after the start.', path: ['end'] };

export const planDateBody = z
  .strictObject({
    title: trimmedText(120).min(1, { message: 'Give the date a name.' }),
    note: trimmedText(1000).optional(),
    place: trimmedText(200).optional(),
    idea: dateIdeaRef.optional().describe('The idea it comes from, if any.'),
    inviteeIds: z
      .array(idSchema)
      .min(1, { message: 'Choose who to invite.' })
      .max(7)
      .describe('The others invited; I take part as the one who plans it.'),
    ...dateTimes,
  })
  .refine(endsAfterStart, endAfterStart);
export const updateDateBody = z.strictObject({
  title: planDateBody.shape.title.optional(),
  note: trimmedText(1000).optional(),
  place: trimmedText(200).optional(),
});
export const rescheduleDateBody = z
  .strictObject({
    ...dateTimes,
    note: trimmedText(500).optional().describe('A word with it: why, or what instead.'),
  })
  .refine(endsAfterStart, endAfterStart);
export const dateAnswers = ['invited', 'accepted', 'declined'] as const;
export const answerDateBody = z.strictObject({ answer: z.enum(['accepted', 'declined']) });
export const plannedDateParams = z.strictObject({ spaceId: idSchema, dateId: idSchema });

/**
 * `invited`: someone has yet to answer; `accepted`: everyone said yes (it is on the calendar);
 * `declined`: no one but the planner can make it; `cancelled`: called off.
 */
export const dateStatuses = ['invited', 'accepted', 'declined', 'cancelled'] as const;

export const plannedDateSchema = z.object({
  id: idSchema,
  title: z.string(),
  note: z.string(),
  place: z.string(),
  idea: dateIdeaRef.nullable(),
  start: z.string(),
  end: z.string(),
  timeZone: z.string(),
  startAt: instantSchema,
  endAt: instantSchema,
  plannedBy: idSchema,
  /** Who offered this time instead of the first, and what they said with it. */
  suggestion: z.object({ by: idSchema, note: z.string() }).nullable(),
  participants: z.array(
    z.object({
      userId: idSchema,
      answer: z.enum(dateAnswers),
      answeredAt: instantSchema.nullable(),
    }),
  ),
  status: z.enum(dateStatuses),
  /** Its end has passed. */
  past: z.boolean(),
  /** The together-event on the calendar, while everyone has said yes. */
  eventId: idSchema.nullable(),
  memoryCount: z.number().int(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({
    canEdit: z.boolean(),
    canAnswer: z.boolean(),
    canReschedule: z.boolean(),
    canCancel: z.boolean(),
    canAddMemory: z.boolean(),
  }),
});
export type PlannedDate = z.infer<typeof plannedDateSchema>;
export const plannedDateList = listOf(plannedDateSchema);

/** 10 MB, before encoding. */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
/** A photo's base64 text may be a little over 10 MB of bytes, so the size is told plainly. */
const photoBase64 = z
  .string()
  .max(Math.ceil((PHOTO_MAX_BYTES * 1.2 * 4) / 3))
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'Must be the photo’s bytes in base64.' })
  .describe('A JPEG, PNG or WebP photo of at most 10 MB, base64-encoded.');
/** The JSON body of a memory with the largest photo, with room for its note. */
export const MEMORY_BODY_LIMIT = Math.ceil((PHOTO_MAX_BYTES * 1.2 * 4) / 3) + 64 * 1024;

export const memoryBody = z.strictObject({
  dateId: idSchema
    .optional()
    .describe('The date it remembers; left out, the whole space shares it.'),
  day: localDateSchema.optional().describe('The day it happened; the date’s day when left out.'),
  note: trimmedText(2000).min(1, { message: 'Write a few words about it.' }),
  photo: photoBase64.optional(),
});
export const updateMemoryBody = z.strictObject({
  note: memoryBody.shape.note.optional(),
  day: localDateSchema.optional(),
  photo: photoBase64.nullable().optional().describe('A new photo, or null to remove it.'),
});
export const memoryParams = z.strictObject({ spaceId: idSchema, memoryId: idSchema });
export const photoParams = z.strictObject({ spaceId: idSchema, photoId: idSchema });

export const memorySchema = z.object({
  id: idSchema,
  dateId: idSchema.nullable(),
  /** The date's title, when it remembers one. */
  dateTitle: z.string().nullable(),
  authorId: idSchema,
  day: localDateSchema,
  note: z.string(),
  photo: z
    .object({
      /** Served to the members who may see the memory only. */
      url: z.string(),
      type: z.enum(['image/jpeg', 'image/png', 'image/webp']),
      width: z.number().int(),
      height: z.number().int(),
    })
    .nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean() }),
});
export type Memory = z.infer<typeof memorySchema>;
export const memoryList = listOf(memorySchema);
