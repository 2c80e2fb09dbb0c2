import { z } from 'zod';
import { idSchema, instantSchema, listOf, localDateSchema, trimmedText } from './common';
import { createResponsibilityBody } from './chores';
import { expenseCategories, splitRuleSchema } from './money';

/**
 * Deciding together: a question with options, scored privately 0–10 by every member with
 * dealbreakers and "could live with", sealed until everyone has scored, then a recommendation
 * (`rankOptions`), the choice the members record, and a review of it later.
 */
export const decisionPhases = ['scoring', 'revealed', 'decided'] as const;
export type DecisionPhase = (typeof decisionPhases)[number];

const label = trimmedText(120).min(1, { message: 'Give the option a name.' });
const optionBody = z.strictObject({
  label,
  details: trimmedText(1000).optional(),
});

export const openDecisionBody = z.strictObject({
  question: trimmedText(200).min(1, { message: 'Say what you are deciding.' }),
  details: trimmedText(2000).optional(),
  options: z.array(optionBody).max(30),
  statusQuo: z
    .boolean()
    .describe('Add a "keep things as they are" option to compare the others with.'),
  deadlineOn: localDateSchema.nullable().optional().describe('Decide by this day (my zone).'),
});
export const addOptionBody = optionBody;

export const decisionParams = z.strictObject({ spaceId: idSchema, decisionId: idSchema });

const score = z.number().int().min(0).max(10);
export const ballotBody = z.strictObject({
  scores: z.record(idSchema, score).describe('Option → 0..10; every option must be scored.'),
  vetoes: z.array(idSchema).max(30).describe('Dealbreakers: options I could not accept.'),
  couldLiveWith: z.array(idSchema).max(30),
});

/** What a follow-through creates in another module: a responsibility or a split rule. */
export const followThroughBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('responsibility'), responsibility: createResponsibilityBody }),
  z.strictObject({
    kind: z.literal('expense_rule'),
    category: z.enum(expenseCategories),
    split: splitRuleSchema,
  }),
]);
export const linkKinds = ['responsibility', 'expense_rule', 'decision'] as const;
export const linkSchema = z.object({
  kind: z.enum(linkKinds),
  /** The responsibility or decision id, or the expense category. */
  ref: z.string(),
});

export const choiceBody = z.strictObject({
  optionId: idSchema.nullable().describe('Null: none of these — we keep looking.'),
  why: trimmedText(2000),
  reviewOn: localDateSchema.nullable().optional().describe('When to ask "still the right call?"'),
});
export const reviewVerdicts = ['still_right', 'revisit'] as const;
export const reviewBody = z.strictObject({
  verdict: z.enum(reviewVerdicts),
  note: trimmedText(1000).optional(),
});

export const decisionSettingsBody = z.strictObject({
  vetoesPerMonth: z.number().int().min(0).max(20),
});
export const decisionSettingsSchema = z.object({
  vetoesPerMonth: z.number(),
  /** Dealbreakers I have used this calendar month (my zone), across decisions. */
  myVetoesThisMonth: z.number(),
});

const verdictSchema = z.discriminatedUnion('verdict', [
  z.object({ verdict: z.literal('vetoed'), by: z.array(idSchema) }),
  z.object({ verdict: z.literal('worse_than_now'), for: z.array(idSchema) }),
  z.object({ verdict: z.literal('dominated'), by: idSchema }),
  z.object({ verdict: z.literal('ranked'), product: z.number(), worstGain: z.number() }),
]);

const ballotSchema = z.object({
  userId: idSchema,
  scores: z.record(idSchema, z.number()),
  vetoes: z.array(idSchema),
  couldLiveWith: z.array(idSchema),
});

export const decisionSchema = z.object({
  id: idSchema,
  question: z.string(),
  details: z.string(),
  openedBy: idSchema,
  createdAt: instantSchema,
  deadlineOn: localDateSchema.nullable(),
  phase: z.enum(decisionPhases),
  options: z.array(
    z.object({
      id: idSchema,
      label: z.string(),
      details: z.string(),
      statusQuo: z.boolean(),
      addedBy: idSchema,
    }),
  ),
  /** Members who still have an option to score. */
  waitingFor: z.array(idSchema),
  /** My own ballot, complete or not; null until I have scored. */
  myBallot: ballotSchema.nullable(),
  /** Everyone's ballots: empty until everyone has scored. */
  ballots: z.array(ballotSchema),
  recommendation: z
    .object({
      recommended: idSchema.nullable(),
      ranking: z.array(idSchema),
      reasons: z.record(idSchema, verdictSchema),
    })
    .nullable(),
  choice: z
    .object({
      optionId: idSchema.nullable(),
      why: z.string(),
      decidedBy: idSchema,
      decidedAt: instantSchema,
      reviewOn: localDateSchema.nullable(),
      /** How far each member gave way: their favourite's score minus the choice's, on 0..1. */
      concessions: z.array(z.object({ userId: idSchema, conceded: z.number() })),
      reviews: z.array(
        z.object({
          userId: idSchema,
          verdict: z.enum(reviewVerdicts),
          note: z.string(),
          answeredAt: instantSchema,
        }),
      ),
      link: linkSchema.nullable(),
    })
    .nullable(),
  capabilities: z.object({
    canScore: z.boolean(),
    canAddOption: z.boolean(),
    canDecide: z.boolean(),
    canReview: z.boolean(),
    canDelete: z.boolean(),
  }),
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionList = listOf(decisionSchema);

/** Past decisions and how much each member gave way in each, oldest first. */
export const decisionLogSchema = z.object({
  items: z.array(
    z.object({
      decisionId: idSchema,
      question: z.string(),
      chosen: z.string().nullable(),
      decidedAt: instantSchema,
      concessions: z.array(z.object({ userId: idSchema, conceded: z.number() })),
    }),
  ),
  totals: z.array(z.object({ userId: idSchema, conceded: z.number(), decisions: z.number() })),
});
export type DecisionLog = z.infer<typeof decisionLogSchema>;
