import { z } from 'zod';
import { idSchema, instantSchema, listOf, trimmedText } from './common';

/**
 * Personal growth: each member's own goals — private, or shared so the others can see how to
 * help and send encouragement — with why they matter, steps and progress notes; and a gentle
 * monthly reflection on what each did for themselves.
 */
export const goalVisibilities = ['private', 'shared'] as const;
export const goalStatuses = ['active', 'paused', 'done'] as const;

export const growthGoalBody = z.strictObject({
  title: trimmedText(120).min(1, { message: 'Give the goal a name.' }),
  why: trimmedText(1000).optional().describe('Why it matters to me.'),
  visibility: z.enum(goalVisibilities),
  howToHelp: trimmedText(500).optional().describe('On a shared goal: how the others can help.'),
  steps: z.array(trimmedText(200).min(1)).max(20).optional(),
});
export const updateGrowthGoalBody = z.strictObject({
  title: growthGoalBody.shape.title.optional(),
  why: trimmedText(1000).optional(),
  visibility: z.enum(goalVisibilities).optional(),
  howToHelp: trimmedText(500).optional(),
  status: z.enum(goalStatuses).optional(),
});
export const growthGoalParams = z.strictObject({ spaceId: idSchema, goalId: idSchema });
export const growthStepParams = z.strictObject({
  spaceId: idSchema,
  goalId: idSchema,
  stepId: idSchema,
});
export const growthStepBody = z.strictObject({
  text: trimmedText(200).min(1, { message: 'Say what the step is.' }),
});
export const updateGrowthStepBody = z.strictObject({ done: z.boolean() });
export const growthNoteBody = z.strictObject({
  text: trimmedText(1000).min(1, { message: 'Write a few words.' }),
});

export const growthGoalSchema = z.object({
  id: idSchema,
  ownerId: idSchema,
  title: z.string(),
  why: z.string(),
  visibility: z.enum(goalVisibilities),
  howToHelp: z.string(),
  status: z.enum(goalStatuses),
  steps: z.array(z.object({ id: idSchema, text: z.string(), done: z.boolean() })),
  /** The owner's progress notes and the others' encouragement, oldest first. */
  notes: z.array(
    z.object({
      id: idSchema,
      authorId: idSchema,
      kind: z.enum(['progress', 'encouragement']),
      text: z.string(),
      createdAt: instantSchema,
    }),
  ),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean(), canEncourage: z.boolean() }),
});
export type GrowthGoal = z.infer<typeof growthGoalSchema>;
export const growthGoalList = listOf(growthGoalSchema);

export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'Must be a month such as 2026-11.' });
export const reflectionParams = z.strictObject({ spaceId: idSchema, month: monthSchema });
export const reflectionBody = z.strictObject({
  text: trimmedText(2000).min(1, { message: 'Write a few words, or leave it for now.' }),
  shared: z.boolean(),
});
export const reflectionsSchema = z.object({
  /** This month in my zone: the one the gentle question is about. */
  month: monthSchema,
  items: z.array(
    z.object({
      userId: idSchema,
      month: monthSchema,
      text: z.string(),
      shared: z.boolean(),
      updatedAt: instantSchema,
    }),
  ),
});
