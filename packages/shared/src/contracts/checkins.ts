import { z } from 'zod';
import { daysBetween } from '../domain/local-date';
import { idSchema, instantSchema, localDateSchema, trimmedText } from './common';

export const checkinVisibilities = ['shared', 'private'] as const;
export type CheckinVisibility = (typeof checkinVisibilities)[number];

const scale = z.number().int().min(1).max(5);

export const createCheckinBody = z.strictObject({
  date: localDateSchema.optional().describe("Defaults to today in the author's time zone."),
  mood: scale.describe('1 (low) to 5 (great).'),
  energy: scale.optional(),
  need: trimmedText(280).optional().describe('What I need today.'),
  appreciation: trimmedText(500).optional().describe('One appreciation of my partner.'),
  visibility: z.enum(checkinVisibilities).default('shared'),
});

export const updateCheckinBody = z.strictObject({
  mood: scale.optional(),
  energy: scale.nullable().optional(),
  need: trimmedText(280).nullable().optional(),
  appreciation: trimmedText(500).nullable().optional(),
  visibility: z.enum(checkinVisibilities).optional(),
});

/** A day, or a range of at most 62 days; without either, today in the viewer's time zone. */
export const listCheckinsQuery = z
  .strictObject({
    date: localDateSchema.optional(),
    from: localDateSchema.optional(),
    to: localDateSchema.optional(),
  })
  .refine((q) => !(q.date && (q.from ?? q.to)), {
    message: 'Use either date, or from and to.',
    path: ['date'],
  })
  .refine((q) => Boolean(q.from) === Boolean(q.to), {
    message: 'from and to go together.',
    path: ['to'],
  })
  .refine((q) => !q.from || !q.to || (q.from <= q.to && daysBetween(q.from, q.to) <= 61), {
    message: 'to must be on or after from, at most 62 days later.',
    path: ['to'],
  });

export const checkinParams = z.strictObject({ spaceId: idSchema, checkinId: idSchema });

/**
 * A sealed check-in carries no content fields at all — not even empty ones — so that nothing
 * of it can leak through a client that forgets to hide them.
 */
export const checkinSchema = z.object({
  id: idSchema,
  authorId: idSchema,
  date: localDateSchema,
  sealed: z.boolean(),
  visibility: z.enum(checkinVisibilities),
  revealedEarly: z.boolean(),
  mood: scale.optional(),
  energy: scale.nullable().optional(),
  need: z.string().nullable().optional(),
  appreciation: z.string().nullable().optional(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean(), canReveal: z.boolean(), canDelete: z.boolean() }),
});

export const checkinDaySchema = z.object({
  date: localDateSchema,
  /** Current members who have not yet shared a check-in that day. */
  waitingFor: z.array(idSchema),
  /** Whether the viewer may still check in for that day (today or yesterday, not yet done). */
  canCheckIn: z.boolean(),
});

export const checkinList = z.object({
  items: z.array(checkinSchema),
  days: z.array(checkinDaySchema),
});

export type CreateCheckinBody = z.input<typeof createCheckinBody>;
export type UpdateCheckinBody = z.infer<typeof updateCheckinBody>;
export type Checkin = z.infer<typeof checkinSchema>;
export type CheckinList = z.infer<typeof checkinList>;
