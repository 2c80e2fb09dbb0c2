import { z } from 'zod';
import { rruleSchema } from './chores';
import { idSchema, localDateSchema, trimmedText } from './common';
import {
  createExpenseBody,
  expenseCategories,
  expensePrivacies,
  minorUnits,
  positiveMinorUnits,
} from './money';

/** Money planned ahead: recurring expenses, budgets, allowances and savings goals. */

export const createRecurringBody = z.strictObject({
  expense: createExpenseBody.omit({ spentOn: true }),
  rrule: rruleSchema.describe('When it comes round: FREQ=MONTHLY for rent on the first date.'),
  firstOn: localDateSchema.describe('The first date; at most a year back.'),
});
export const updateRecurringBody = z.strictObject({
  amount: createExpenseBody.shape.amount.optional().describe('From the next date on.'),
  description: createExpenseBody.shape.description.optional(),
  ended: z.boolean().optional().describe('Stop creating it; what was created stays.'),
});
export const recurringParams = z.strictObject({ spaceId: idSchema, recurringId: idSchema });
export const recurringSchema = z.object({
  id: idSchema,
  rrule: z.string(),
  firstOn: localDateSchema,
  nextOn: localDateSchema.nullable().describe('The next date it will be created; null when ended.'),
  ended: z.boolean(),
  amount: z.number(),
  currency: z.string(),
  description: z.string().nullable(),
  category: z.enum(expenseCategories),
  privacy: z.enum(expensePrivacies),
  createdBy: idSchema,
  capabilities: z.object({ canEdit: z.boolean() }),
});
export const recurringList = z.object({ items: z.array(recurringSchema) });
export type RecurringExpense = z.infer<typeof recurringSchema>;

export const budgetParams = z.strictObject({
  spaceId: idSchema,
  category: z.enum(expenseCategories),
});
export const budgetBody = z.strictObject({
  monthlyLimit: positiveMinorUnits.describe("In the space's currency."),
  rollover: z.boolean().default(false).describe('Carry what is left, or overspent, forward.'),
});
export const monthQuery = z.strictObject({
  month: z
    .string()
    .regex(/^(19|2\d)\d{2}-(0[1-9]|1[0-2])$/, { message: 'Must be a month such as 2026-11.' })
    .optional()
    .describe('YYYY-MM; this month when left out.'),
});
export const budgetsSchema = z.object({
  month: z.string(),
  currency: z.string(),
  items: z.array(
    z.object({
      category: z.enum(expenseCategories),
      monthlyLimit: z.number(),
      rollover: z.boolean(),
      spent: z.number().describe("Shared and amount-only expenses in the space's currency."),
      carried: z.number(),
      left: z.number(),
    }),
  ),
});
export type BudgetsView = z.infer<typeof budgetsSchema>;

export const allowanceBody = z.strictObject({
  monthlyAmount: positiveMinorUnits.describe("A month's allowance in the space's currency."),
});
export const allowancesSchema = z.object({
  month: z.string(),
  currency: z.string(),
  items: z.array(
    z.object({
      userId: idSchema,
      monthlyAmount: z.number().nullable(),
      /** The member's own private spending this month; null for anyone else's allowance. */
      spent: z.number().nullable(),
      left: z.number().nullable(),
    }),
  ),
});
export type AllowancesView = z.infer<typeof allowancesSchema>;

export const goalParams = z.strictObject({ spaceId: idSchema, goalId: idSchema });
export const contributionParams = z.strictObject({
  spaceId: idSchema,
  goalId: idSchema,
  contributionId: idSchema,
});
export const createGoalBody = z.strictObject({
  name: trimmedText(80).min(1, { message: 'Give it a name.' }),
  target: positiveMinorUnits,
  targetOn: localDateSchema.nullable().optional(),
});
export const updateGoalBody = createGoalBody.partial();
export const contributeBody = z.strictObject({
  amount: minorUnits
    .refine((n) => n !== 0, { message: 'Must not be zero.' })
    .describe('Negative to take money out.'),
  userId: idSchema.optional().describe('Who put it in; me when left out.'),
  contributedOn: localDateSchema.optional(),
});
export const goalSchema = z.object({
  id: idSchema,
  name: z.string(),
  target: z.number(),
  currency: z.string(),
  targetOn: localDateSchema.nullable(),
  saved: z.number(),
  byMember: z.array(z.object({ userId: idSchema, amount: z.number() })),
  contributions: z.array(
    z.object({
      id: idSchema,
      userId: idSchema,
      amount: z.number(),
      contributedOn: localDateSchema,
    }),
  ),
  projectedOn: localDateSchema.nullable().describe('At the pace so far; null when not moving.'),
  createdBy: idSchema,
});
export const goalList = z.object({ items: z.array(goalSchema) });
export type SavingsGoal = z.infer<typeof goalSchema>;
