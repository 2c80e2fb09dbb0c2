import { z } from 'zod';
import { idSchema, instantSchema, listOf, localDateSchema, trimmedText } from './common';
import { MIN_TIMEOUT_MINUTES } from '../domain/connection/live-session';
import { followThroughBody, linkSchema } from './decisions';

/**
 * Handling conflict well: a topic raised gently between some members of a space, a time-out
 * when someone is flooded, each side written privately and revealed together, ideas, an
 * agreement everyone signs up to, a follow-up on the day, and repair attempts at any time.
 * Only the topic's participants can find it; everyone else gets 404.
 */
export const topicTag = trimmedText(30)
  .min(1)
  .transform((tag) => tag.toLowerCase());

export const raiseTopicBody = z.strictObject({
  title: trimmedText(120).min(1, { message: 'Give the topic a short name.' }),
  text: trimmedText(4000).min(1, { message: 'Say what is on your mind.' }),
  withIds: z
    .array(idSchema)
    .max(7)
    .optional()
    .describe('Who it is between besides me; everyone else in the space when left out.'),
  tags: z.array(topicTag).max(8).default([]),
});
export const updateTopicBody = z.strictObject({
  title: raiseTopicBody.shape.title.optional(),
  tags: z.array(topicTag).max(8).optional(),
});
export const topicParams = z.strictObject({ spaceId: idSchema, topicId: idSchema });

/** At least 20 minutes, like a break in a live conversation: a flooded body needs that long. */
export const pauseBody = z.strictObject({
  minutes: z
    .number()
    .int()
    .min(MIN_TIMEOUT_MINUTES)
    .max(24 * 60),
});

export const perspectiveBody = z.strictObject({
  happened: trimmedText(3000).min(1, { message: 'Say what happened, as you saw it.' }),
  felt: trimmedText(1000).min(1, { message: 'Say how you felt.' }),
  need: trimmedText(1000).min(1, { message: 'Say what you need.' }),
  myPart: trimmedText(1000).min(1, { message: 'Say what your own part in it was.' }),
});
export const ideaBody = z.strictObject({
  text: trimmedText(500).min(1, { message: 'Say what the idea is.' }),
});

export const agreementBody = z.strictObject({
  items: z
    .array(
      z.strictObject({
        text: trimmedText(300).min(1, { message: 'Say what will be done.' }),
        ownerId: idSchema,
      }),
    )
    .min(1)
    .max(20),
  checkOn: localDateSchema.describe('When to ask both "did it hold?"'),
});
export const agreementItemParams = z.strictObject({
  spaceId: idSchema,
  topicId: idSchema,
  itemId: idSchema,
});
/** An agreed item can become a responsibility, a split rule or a decision. */
export const itemFollowThroughBody = z.union([
  followThroughBody,
  z.strictObject({
    kind: z.literal('decision'),
    question: trimmedText(200).min(1, { message: 'Say what you are deciding.' }),
  }),
]);

export const heldAnswers = ['yes', 'partly', 'no'] as const;
export const followUpBody = z.strictObject({
  held: z.enum(heldAnswers),
  note: trimmedText(1000).optional(),
});

export const repairKinds = [
  'sorry',
  'start_over',
  'see_your_point',
  'need_a_break',
  'other',
] as const;
export const repairBody = z.strictObject({
  kind: z.enum(repairKinds),
  text: trimmedText(500).optional(),
  topicId: idSchema.nullable().optional(),
});
export const repairSchema = z.object({
  id: idSchema,
  kind: z.enum(repairKinds),
  text: z.string(),
  topicId: idSchema.nullable(),
  userId: idSchema,
  createdAt: instantSchema,
});
export const repairList = listOf(repairSchema);

export const topicPhases = ['perspectives', 'ideas', 'agreed', 'resolved'] as const;
export type TopicPhase = (typeof topicPhases)[number];

export const topicSchema = z.object({
  id: idSchema,
  title: z.string(),
  text: z.string(),
  raisedBy: idSchema,
  /** Everyone the topic is between, the one who raised it included. */
  participantIds: z.array(idSchema),
  tags: z.array(z.string()),
  createdAt: instantSchema,
  updatedAt: instantSchema,
  phase: z.enum(topicPhases),
  pause: z
    .object({
      by: idSchema,
      since: instantSchema,
      until: instantSchema,
      /** Before this nobody can pick the topic up again. */
      resumableAt: instantSchema,
    })
    .nullable(),
  perspectives: z.array(
    z.object({
      userId: idSchema,
      view: z.enum(['full', 'sealed']),
      happened: z.string().nullable(),
      felt: z.string().nullable(),
      need: z.string().nullable(),
      myPart: z.string().nullable(),
      writtenAt: instantSchema,
    }),
  ),
  /** Participants still to write their side. */
  waitingFor: z.array(idSchema),
  ideas: z.array(
    z.object({ id: idSchema, text: z.string(), addedBy: idSchema, createdAt: instantSchema }),
  ),
  agreement: z
    .object({
      items: z.array(
        z.object({
          id: idSchema,
          text: z.string(),
          ownerId: idSchema,
          link: linkSchema.nullable(),
        }),
      ),
      checkOn: localDateSchema,
      proposedBy: idSchema,
      agreedBy: z.array(idSchema),
      agreedAt: instantSchema.nullable(),
    })
    .nullable(),
  followUps: z.array(
    z.object({
      userId: idSchema,
      held: z.enum(heldAnswers),
      note: z.string(),
      answeredAt: instantSchema,
    }),
  ),
  capabilities: z.object({
    canWritePerspective: z.boolean(),
    canAddIdea: z.boolean(),
    canProposeAgreement: z.boolean(),
    canAgree: z.boolean(),
    canFollowUp: z.boolean(),
    canPause: z.boolean(),
    canResume: z.boolean(),
    canDelete: z.boolean(),
  }),
});
export type ConflictTopic = z.infer<typeof topicSchema>;
export const topicList = listOf(topicSchema);

/** Which tags keep coming back: most lasting conflicts are differences to manage, not solve. */
export const topicPatternsSchema = listOf(
  z.object({
    tag: z.string(),
    topics: z.number(),
    open: z.number(),
    firstAt: instantSchema,
    lastAt: instantSchema,
  }),
);
