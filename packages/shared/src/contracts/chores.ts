import { z } from 'zod';
import { choreRatings } from '../domain/chores/chore-cost';
import { choreAreas } from '../domain/chores/starter-responsibilities';
import { idSchema, instantSchema, listOf, localDateSchema, trimmedText } from './common';

const stageMinutes = z
  .number()
  .int()
  .min(0)
  .max(24 * 60);

export const stageMinutesSchema = z
  .strictObject({ notice: stageMinutes, plan: stageMinutes, do: stageMinutes })
  .refine((m) => m.notice + m.plan + m.do > 0, { message: 'At least one stage takes some time.' })
  .describe('Minutes per occurrence for noticing, planning and doing it.');

/**
 * The recurrences the app offers, as RFC 5545 RRULE text: daily, weekly (on given days),
 * monthly, yearly, every N of those; one-off responsibilities have no rule. Monthly and yearly
 * ones fall on the first due date's day.
 */
export const rruleSchema = z
  .string()
  .max(120)
  .regex(
    /^(FREQ=(DAILY|MONTHLY|YEARLY)(;INTERVAL=([1-9]|[1-9]\d))?|FREQ=WEEKLY(;INTERVAL=([1-9]|[1-9]\d))?(;BYDAY=(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU)){0,6})?)$/,
    {
      message: 'Must be a recurrence such as FREQ=WEEKLY;BYDAY=MO,TH or FREQ=MONTHLY;INTERVAL=2.',
    },
  );

export const scheduleFroms = ['due', 'completion'] as const;

const responsibilityFields = {
  name: trimmedText(80).min(1, { message: 'Please give it a name.' }),
  area: z.enum(choreAreas),
  doneWell: trimmedText(500).nullable().optional().describe('What "done well" means for us.'),
  rrule: rruleSchema.nullable().describe('Null for a one-off.'),
  scheduleFrom: z.enum(scheduleFroms).default('due'),
  minutes: stageMinutesSchema,
  firstDueOn: localDateSchema.optional().describe('When it is first due; today when left out.'),
};

/** Stages split off from the owner; null keeps a stage with the owner. */
export const stageOwnersSchema = z.strictObject({
  notice: idSchema.nullable(),
  plan: idSchema.nullable(),
});

export const createResponsibilityBody = z.strictObject(responsibilityFields);

export const updateResponsibilityBody = z.strictObject({
  name: responsibilityFields.name.optional(),
  area: responsibilityFields.area.optional(),
  doneWell: responsibilityFields.doneWell,
  rrule: responsibilityFields.rrule.optional(),
  scheduleFrom: z.enum(scheduleFroms).optional(),
  minutes: stageMinutesSchema.optional(),
  firstDueOn: localDateSchema.optional(),
  ownerId: idSchema.nullable().optional().describe('Who owns it now (a manual tweak).'),
  stageOwners: stageOwnersSchema.optional().describe('Who notices and plans, when not the owner.'),
  pinnedTo: idSchema.nullable().optional().describe('Keep it with this member in proposals.'),
});

export const responsibilityParams = z.strictObject({ spaceId: idSchema, choreId: idSchema });

export const responsibilitySchema = z.object({
  id: idSchema,
  name: z.string(),
  area: z.enum(choreAreas),
  doneWell: z.string().nullable(),
  rrule: z.string().nullable(),
  scheduleFrom: z.enum(scheduleFroms),
  minutes: z.object({ notice: z.number(), plan: z.number(), do: z.number() }),
  firstDueOn: localDateSchema,
  starterKey: z.string().nullable(),
  ownerId: idSchema.nullable(),
  stageOwners: z.object({ notice: idSchema.nullable(), plan: idSchema.nullable() }),
  pinnedTo: idSchema.nullable(),
  /** The caller's own rating: ratings are private, nobody sees anyone else's. */
  myRating: z.enum(choreRatings).nullable(),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean(), canDelete: z.boolean() }),
});

export const responsibilityList = listOf(responsibilitySchema);

export const addStarterBody = z.strictObject({
  keys: z.array(z.string().min(1).max(40)).min(1).max(60),
});

export const starterItemSchema = z.object({
  key: z.string(),
  name: z.string(),
  area: z.enum(choreAreas),
  rrule: z.string(),
  minutes: z.object({ notice: z.number(), plan: z.number(), do: z.number() }),
  added: z.boolean(),
});
export const starterList = listOf(starterItemSchema);

export const rateBody = z.strictObject({ rating: z.enum(choreRatings) });

/** Hours a week each member can give the home; shared, as fair shares follow from it. */
export const availabilityBody = z.strictObject({
  hoursPerWeek: z.number().min(0.5).max(168).multipleOf(0.5),
});
export const availabilitySchema = z.object({
  items: z.array(z.object({ userId: idSchema, hoursPerWeek: z.number().nullable() })),
});

export type CreateResponsibilityBody = z.input<typeof createResponsibilityBody>;
export type UpdateResponsibilityBody = z.infer<typeof updateResponsibilityBody>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
export type StarterItem = z.infer<typeof starterItemSchema>;

/**
 * A proposal, or the current shares: who takes what, whether it is fair (WEF1), and each
 * member's minutes a week against their fair share. Rating-free, so safe to show everyone.
 */
export const choreSharesSchema = z.object({
  assignment: z.array(z.object({ choreId: idSchema, userId: idSchema, pinned: z.boolean() })),
  fair: z.boolean(),
  members: z.array(
    z.object({
      userId: idSchema,
      minutesPerWeek: z.number(),
      fairShareMinutesPerWeek: z.number(),
    }),
  ),
});
export type ChoreSharesView = z.infer<typeof choreSharesSchema>;

export const completionKinds = ['done', 'skipped'] as const;

export const recordCompletionBody = z.strictObject({
  kind: z.enum(completionKinds).default('done'),
  doneBy: idSchema.optional().describe('Who did it; me when left out.'),
  doneAt: instantSchema.optional().describe('When; now when left out. Not in the future.'),
  actualMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .optional(),
  note: trimmedText(280).optional(),
  dueOn: localDateSchema
    .optional()
    .describe('The occurrence it closes; the one open now when left out.'),
});

export const completionParams = z.strictObject({
  spaceId: idSchema,
  choreId: idSchema,
  completionId: idSchema,
});

/** At most 92 days at a time: a quarter, the longest period the fairness chart shows. */
export const listCompletionsQuery = z
  .strictObject({ from: instantSchema, to: instantSchema })
  .refine((q) => q.from <= q.to && Date.parse(q.to) - Date.parse(q.from) <= 92 * 86_400_000, {
    message: 'to must be on or after from, at most 92 days later.',
    path: ['to'],
  });

export const completionSchema = z.object({
  id: idSchema,
  choreId: idSchema,
  kind: z.enum(completionKinds),
  doneBy: idSchema,
  doneAt: instantSchema,
  actualMinutes: z.number().nullable(),
  note: z.string().nullable(),
  recordedBy: idSchema,
  capabilities: z.object({ canDelete: z.boolean() }),
});
export const completionList = listOf(completionSchema);
export type Completion = z.infer<typeof completionSchema>;

export const occurrenceParams = z.strictObject({
  spaceId: idSchema,
  choreId: idSchema,
  dueOn: localDateSchema,
});

export const snoozeBody = z.strictObject({
  until: localDateSchema.describe('The day to show it on instead; before the next one is due.'),
});
export const handoffBody = z.strictObject({
  to: idSchema.describe('Who is asked to take it this time.'),
});
export const handoffAnswerBody = z.strictObject({ accept: z.boolean() });

export const agendaQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(31).default(7),
});

export const agendaItemSchema = z.object({
  choreId: idSchema,
  dueOn: localDateSchema,
  showOn: localDateSchema,
  ownerId: idSchema.nullable(),
  status: z.enum(['open', 'done', 'skipped']),
  overdue: z.boolean(),
  completion: z
    .object({ id: idSchema, doneBy: idSchema, canUndo: z.boolean() })
    .nullable()
    .describe('What closed it, when it is done or skipped.'),
  snoozedUntil: localDateSchema.nullable(),
  handoff: z
    .object({
      from: idSchema,
      to: idSchema,
      status: z.enum(['asked', 'accepted', 'declined']),
    })
    .nullable(),
  capabilities: z.object({
    canSnooze: z.boolean(),
    canAskToTake: z.boolean(),
    canAnswer: z.boolean(),
    canWithdraw: z.boolean(),
  }),
});
export const agendaSchema = z.object({
  today: localDateSchema.describe("The caller's calendar day, in their time zone."),
  items: z.array(agendaItemSchema),
});
export type AgendaItemView = z.infer<typeof agendaItemSchema>;
export type AgendaView = z.infer<typeof agendaSchema>;

export const fairnessPeriods = ['week', 'month', 'quarter'] as const;
export const fairnessQuery = z.strictObject({
  period: z.enum(fairnessPeriods).default('month'),
  count: z.coerce.number().int().min(1).max(12).default(6),
});
export const fairnessSchema = z.object({
  period: z.enum(fairnessPeriods),
  periods: z.array(
    z.object({
      start: localDateSchema,
      end: localDateSchema.describe('The day after the period.'),
      members: z.array(
        z.object({
          userId: idSchema,
          plannedMinutes: z.number(),
          doneMinutes: z.number(),
          fairShareMinutes: z.number(),
        }),
      ),
    }),
  ),
});
export type FairnessView = z.infer<typeof fairnessSchema>;

export const reviewSettingsBody = z.strictObject({
  everyMonths: z.number().int().min(0).max(12).describe('0: never suggest a review.'),
});
export const reviewSchema = z.object({
  everyMonths: z.number(),
  lastReviewedOn: localDateSchema.nullable(),
  dueOn: localDateSchema.nullable(),
  due: z.boolean(),
  adjustments: z.array(
    z.object({
      choreId: idSchema,
      plannedMinutes: z.number(),
      loggedMinutes: z.number(),
      samples: z.number(),
    }),
  ),
  proposal: choreSharesSchema
    .nullable()
    .describe('A fresh proposal with the logged minutes; null until everyone gave their hours.'),
});
export type ReviewView = z.infer<typeof reviewSchema>;
