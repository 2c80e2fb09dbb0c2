import { z } from 'zod';
import { TURN_MAX_CHARS } from '../domain/connection/live-session';
import { promptDecks } from '../domain/connection/prompt-decks';
import { meetingSteps } from '../domain/connection/weekly-meeting';
import { idSchema, instantSchema, listOf, localDateSchema, trimmedText } from './common';

export const startLiveSessionBody = z.strictObject({
  topic: trimmedText(120).min(1, { message: 'Say what you want to talk about.' }),
  partnerId: idSchema.optional().describe('Who to talk with; in a couple, the partner.'),
});

const turnText = trimmedText(TURN_MAX_CHARS).min(1, { message: 'Write something first.' });
export const moveBody = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('join') }),
  z.strictObject({ type: z.literal('speak'), text: turnText }),
  z.strictObject({ type: z.literal('paraphrase'), text: turnText }),
  z.strictObject({ type: z.literal('confirm') }),
  z.strictObject({ type: z.literal('correct'), text: turnText }),
  z.strictObject({ type: z.literal('pass_floor') }),
  z.strictObject({ type: z.literal('ask_to_solve') }),
  z.strictObject({ type: z.literal('idea'), text: turnText }),
  z.strictObject({
    type: z.literal('timeout'),
    until: instantSchema.describe('When to come back: at least 20 minutes from now.'),
  }),
  z.strictObject({ type: z.literal('resume') }),
  z.strictObject({ type: z.literal('end') }),
]);
export type MoveBody = z.infer<typeof moveBody>;

export const liveSessionParams = z.strictObject({ spaceId: idSchema, sessionId: idSchema });

export const liveSessionSchema = z.object({
  id: idSchema,
  topic: z.string(),
  starterId: idSchema,
  partnerId: idSchema,
  phase: z.enum(['waiting', 'talking', 'solving', 'timeout', 'ended']),
  step: z.enum(['speaking', 'paraphrasing', 'confirming']),
  floor: idSchema.describe('Who holds the floor: the speaker.'),
  wantsToSolve: z.array(idSchema),
  timeout: z
    .object({ by: idSchema, until: instantSchema, resume: z.enum(['talking', 'solving']) })
    .nullable(),
  turns: z.array(
    z.object({
      by: idSchema,
      kind: z.enum([
        'speak',
        'paraphrase',
        'confirm',
        'correct',
        'idea',
        'floor',
        'timeout',
        'resume',
      ]),
      text: z.string().nullable(),
      at: instantSchema,
    }),
  ),
  /** The moves the caller may make now: the interface offers only these. */
  allowedMoves: z.array(z.string()),
  summaries: z.array(z.object({ userId: idSchema, text: z.string(), createdAt: instantSchema })),
  createdAt: instantSchema,
  updatedAt: instantSchema,
});
export type LiveSession = z.infer<typeof liveSessionSchema>;
export const liveSessionList = listOf(liveSessionSchema);

export const summaryBody = z.strictObject({
  text: trimmedText(2000).min(1, { message: 'Write what you want to keep.' }),
});

export const askPromptBody = z.strictObject({ deck: z.enum(promptDecks) });
export const promptRoundParams = z.strictObject({ spaceId: idSchema, roundId: idSchema });
export const answerBody = z.strictObject({
  text: trimmedText(2000).min(1, { message: 'Write your answer first.' }),
});
export const favouriteBody = z.strictObject({ favourite: z.boolean() });

export const promptRoundSchema = z.object({
  id: idSchema,
  deck: z.enum(promptDecks),
  text: z.string(),
  askedBy: idSchema,
  askedAt: instantSchema,
  /** Each answer as the viewer may see it: its text only once everyone has answered. */
  answers: z.array(
    z.object({
      userId: idSchema,
      view: z.enum(['full', 'sealed']),
      text: z.string().nullable(),
      answeredAt: instantSchema,
    }),
  ),
  waitingFor: z.array(idSchema),
  favourite: z.boolean().describe('Mine: to come back to later.'),
  capabilities: z.object({ canAnswer: z.boolean() }),
});
export type PromptRound = z.infer<typeof promptRoundSchema>;
export const promptRoundList = listOf(promptRoundSchema);

export const promptDecksSchema = z.object({
  items: z.array(
    z.object({
      deck: z.enum(promptDecks),
      prompts: z.number(),
      asked: z.number().describe('How many of them this space has had.'),
    }),
  ),
});

export const ownPromptBody = z.strictObject({
  deck: z.enum(promptDecks),
  depth: z.enum(['light', 'deep']),
  text: trimmedText(200).min(1, { message: 'Write the question.' }),
});
export const ownPromptParams = z.strictObject({ spaceId: idSchema, promptId: idSchema });
export const ownPromptSchema = z.object({
  id: idSchema,
  deck: z.enum(promptDecks),
  depth: z.enum(['light', 'deep']),
  text: z.string(),
  createdBy: idSchema,
});
export const ownPromptList = listOf(ownPromptSchema);

export const careTags = ['words', 'time', 'help', 'touch', 'gifts'] as const;

export const sendAppreciationBody = z.strictObject({
  to: idSchema.optional().describe('Who it is for; in a couple, the partner.'),
  text: trimmedText(1000).min(1, { message: 'Write what you appreciate.' }),
  deliverAt: instantSchema
    .optional()
    .describe('When it should arrive (at most 30 days ahead); now when left out.'),
});
export const appreciationSchema = z.object({
  id: idSchema,
  fromId: idSchema,
  toId: idSchema,
  text: z.string(),
  deliverAt: instantSchema,
  /** For its sender: whether it has arrived yet. A recipient only ever sees arrived ones. */
  arrived: z.boolean(),
  createdAt: instantSchema,
});
export type Appreciation = z.infer<typeof appreciationSchema>;
export const appreciationsSchema = z.object({
  received: z.array(appreciationSchema),
  given: z.array(appreciationSchema),
});

export const careBody = z.strictObject({
  tags: z.array(z.enum(careTags)).max(careTags.length),
  text: trimmedText(500),
});
export const careSchema = z.object({
  items: z.array(
    z.object({
      userId: idSchema,
      tags: z.array(z.enum(careTags)),
      text: z.string(),
      given: z.boolean(),
    }),
  ),
});

export const notificationTypes = [
  'appreciation',
  'session',
  'meeting',
  'prompt',
  'decision',
  'conflict',
  'repair',
  'growth',
  'people',
  'date',
] as const;
export type NotificationType = (typeof notificationTypes)[number];
export const notificationSchema = z.object({
  id: idSchema,
  type: z.enum(notificationTypes),
  refId: idSchema.describe('What it is about: the appreciation, session, meeting or prompt.'),
  /** Arrived in quiet hours: listed, without a ping. */
  silent: z.boolean(),
  read: z.boolean(),
  createdAt: instantSchema,
});
export const notificationsSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number(),
});
export const markReadBody = z.union([
  z.strictObject({ ids: z.array(idSchema).min(1).max(200) }),
  z.strictObject({ all: z.literal(true) }),
]);
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Must be a time such as 22:00.' });
export const notificationSettingsBody = z.strictObject({
  muted: z.array(z.enum(notificationTypes)).max(notificationTypes.length),
  quietHours: z.strictObject({ from: clock, to: clock }).nullable(),
});
export const notificationSettingsSchema = z.object({
  muted: z.array(z.enum(notificationTypes)),
  quietHours: z.object({ from: z.string(), to: z.string() }).nullable(),
});

export const meetingSettingsBody = z.strictObject({
  weekday: z.number().int().min(0).max(6).describe('0 = Monday … 6 = Sunday.'),
  time: clock.describe('In my time zone.'),
});
export const meetingSettingsSchema = z.object({
  weekday: z.number().nullable(),
  time: z.string().nullable(),
  timeZone: z.string().nullable(),
  nextAt: instantSchema.nullable(),
});

export const agendaTopicBody = z.strictObject({
  text: trimmedText(200).min(1, { message: 'Say what you would like to talk about.' }),
});
export const agendaTopicParams = z.strictObject({ spaceId: idSchema, topicId: idSchema });
export const agendaTopicSchema = z.object({
  id: idSchema,
  text: z.string(),
  addedBy: idSchema,
  createdAt: instantSchema,
});
export const agendaTopicList = listOf(agendaTopicSchema);

export const meetingParams = z.strictObject({ spaceId: idSchema, meetingId: idSchema });
export const actionItemParams = z.strictObject({ spaceId: idSchema, actionId: idSchema });
export const actionItemSchema = z.object({
  id: idSchema,
  meetingId: idSchema,
  text: z.string(),
  ownerId: idSchema,
  dueOn: localDateSchema.nullable(),
  done: z.boolean(),
});
export const addActionBody = z.strictObject({
  text: trimmedText(200).min(1, { message: 'Say what was agreed.' }),
  ownerId: idSchema,
  dueOn: localDateSchema.nullable().optional(),
});
export const updateActionBody = z.strictObject({ done: z.boolean() });

const meetingNotes = z.strictObject({
  wentWell: trimmedText(2000).optional(),
  appreciation: trimmedText(1000).optional().describe('Mine, for this meeting.'),
  need: trimmedText(1000).optional().describe('What I need from the others this week.'),
  topicNotes: z.record(idSchema, trimmedText(2000)).optional(),
});
export const updateMeetingBody = z.strictObject({
  step: z.enum(meetingSteps).optional(),
  notes: meetingNotes.optional(),
});
export const meetingSchema = z.object({
  id: idSchema,
  step: z.enum(meetingSteps),
  startedBy: idSchema,
  startedAt: instantSchema,
  endedAt: instantSchema.nullable(),
  wentWell: z.string(),
  appreciations: z.array(z.object({ userId: idSchema, text: z.string() })),
  needs: z.array(z.object({ userId: idSchema, text: z.string() })),
  topics: z.array(agendaTopicSchema.extend({ note: z.string() })),
  /** Agreed at this meeting. */
  actions: z.array(actionItemSchema),
  /** Still open from earlier meetings: to review at this one. */
  carriedOver: z.array(actionItemSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingList = listOf(meetingSchema);

/** What members chose to keep of their conversations: shared with the whole space. */
export const keptSummariesSchema = listOf(
  z.object({
    sessionId: idSchema,
    topic: z.string(),
    userId: idSchema,
    text: z.string(),
    createdAt: instantSchema,
  }),
);
