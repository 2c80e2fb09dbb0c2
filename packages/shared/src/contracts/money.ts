import { z } from 'zod';
import { dateFormats } from '../domain/money/bank-import';
import { rruleSchema } from './chores';
import { idSchema, instantSchema, localDateSchema, trimmedText } from './common';

/** ISO 4217 codes this runtime knows how to format. */
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'Must be an ISO 4217 code such as EUR.' })
  .refine((code) => knownCurrencies.has(code), { message: 'Not a currency we know.' })
  .describe('An ISO 4217 currency code.');

/**
 * Money is integer minor units (cents) end to end — request, database, response — never a
 * float. Bounded well inside the safe-integer range so sums of many cannot overflow it.
 */
export const minorUnits = z
  .number()
  .int({ message: 'Must be a whole number of minor units (cents).' })
  .min(-1e12)
  .max(1e12)
  .describe('Integer minor units of the currency (cents).');

const positiveMinorUnits = minorUnits.refine((n) => n > 0, { message: 'Must be above zero.' });

export const expenseCategories = [
  'housing',
  'utilities',
  'groceries',
  'eating_out',
  'transport',
  'kids',
  'pets',
  'health',
  'fun',
  'travel',
  'gifts',
  'subscriptions',
  'other',
] as const;
export type ExpenseCategory = (typeof expenseCategories)[number];

const weightMap = z.record(idSchema, z.number().min(0).max(1e6));
export const splitRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('equal') }),
  z.strictObject({ kind: z.literal('shares'), shares: weightMap }),
  z.strictObject({
    kind: z.literal('percent'),
    percents: z.record(idSchema, z.number().min(0).max(100).multipleOf(0.01)),
  }),
  z.strictObject({ kind: z.literal('exact'), amounts: z.record(idSchema, minorUnits) }),
  z.strictObject({ kind: z.literal('income') }),
  z.strictObject({
    kind: z.literal('blend'),
    equal: z.number().min(0).max(100),
    income: z.number().min(0).max(100),
  }),
]);
export type SplitRuleBody = z.infer<typeof splitRuleSchema>;

export const expensePrivacies = ['shared', 'amount_only', 'private'] as const;
export type ExpensePrivacy = (typeof expensePrivacies)[number];

const expenseFields = {
  amount: minorUnits
    .refine((n) => n !== 0, { message: 'Must not be zero.' })
    .describe('Minor units; negative for a refund.'),
  description: trimmedText(200).min(1, { message: 'Say what it was for.' }),
  currency: currencySchema.optional().describe("The space's currency when left out."),
  spentOn: localDateSchema.optional().describe('Today when left out.'),
  category: z.enum(expenseCategories).default('other'),
  privacy: z.enum(expensePrivacies).default('shared'),
  payers: z
    .array(z.strictObject({ userId: idSchema, amount: minorUnits }))
    .min(1)
    .max(8)
    .optional()
    .describe('Who paid how much (adding up to the amount); me alone when left out.'),
  participants: z
    .array(idSchema)
    .min(1)
    .max(8)
    .optional()
    .describe('Who shares it; everyone when left out.'),
  split: splitRuleSchema
    .optional()
    .describe("How it is shared; the category's rule, else the space's, when left out."),
};

export const createExpenseBody = z.strictObject(expenseFields);
export const updateExpenseBody = z.strictObject({
  amount: expenseFields.amount.optional(),
  description: expenseFields.description.optional(),
  currency: currencySchema.optional(),
  spentOn: localDateSchema.optional(),
  category: z.enum(expenseCategories).optional(),
  privacy: z.enum(expensePrivacies).optional(),
  payers: expenseFields.payers,
  participants: expenseFields.participants,
  split: splitRuleSchema.optional(),
});
export type CreateExpenseBody = z.input<typeof createExpenseBody>;
export type UpdateExpenseBody = z.infer<typeof updateExpenseBody>;

export const expenseParams = z.strictObject({ spaceId: idSchema, expenseId: idSchema });

export const expenseSchema = z.object({
  id: idSchema,
  kind: z.enum(['expense', 'settlement']),
  amount: z.number(),
  currency: z.string(),
  /** Null for someone else's amount-only expense: what it was for stays with its author. */
  description: z.string().nullable(),
  category: z.enum(expenseCategories),
  spentOn: localDateSchema,
  privacy: z.enum(expensePrivacies),
  payers: z.array(z.object({ userId: idSchema, amount: z.number() })),
  shares: z.array(z.object({ userId: idSchema, amount: z.number() })),
  split: splitRuleSchema.nullable(),
  recurringId: idSchema.nullable().describe('The recurring expense it was created from.'),
  createdBy: idSchema,
  createdAt: instantSchema,
  updatedBy: idSchema.describe('Who changed it last.'),
  updatedAt: instantSchema,
  capabilities: z.object({ canEdit: z.boolean(), canDelete: z.boolean() }),
});
export type Expense = z.infer<typeof expenseSchema>;

export const listExpensesQuery = z.strictObject({
  before: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}\|[0-9a-f-]{36}$/)
    .optional()
    .describe('The cursor from the previous page.'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const expensePage = z.object({
  items: z.array(expenseSchema),
  next: z.string().nullable().describe('Pass as `before` for the next page; null at the end.'),
});

export const expenseRevisionSchema = z.object({
  action: z.enum(['created', 'edited', 'deleted']),
  changedBy: idSchema,
  changedAt: instantSchema,
  /** The expense as it was after this change (as the viewer may see it). */
  expense: expenseSchema.omit({ capabilities: true }),
});
export const expenseHistory = z.object({ items: z.array(expenseRevisionSchema) });

export const recordSettlementBody = z.strictObject({
  from: idSchema.describe('Who paid.'),
  to: idSchema.describe('Who received it.'),
  amount: positiveMinorUnits,
  currency: currencySchema.describe('The currency of the debt it settles.'),
  settledOn: localDateSchema.optional(),
  paid: z
    .strictObject({ amount: positiveMinorUnits, currency: currencySchema })
    .optional()
    .describe('What was actually paid, when in another currency (a manual rate).'),
});

export const balancesSchema = z.object({
  currencies: z.array(
    z.object({
      currency: z.string(),
      balances: z.array(z.object({ userId: idSchema, amount: z.number() })),
      transfers: z.array(z.object({ from: idSchema, to: idSchema, amount: z.number() })),
    }),
  ),
});
export type BalancesView = z.infer<typeof balancesSchema>;

export const moneySettingsBody = z.strictObject({
  currency: currencySchema.optional(),
  defaultSplit: splitRuleSchema.optional(),
  categorySplits: z
    .partialRecord(z.enum(expenseCategories), splitRuleSchema.nullable())
    .optional()
    .describe('A rule per category; null goes back to the default.'),
});
export const moneySettingsSchema = z.object({
  currency: z.string(),
  defaultSplit: splitRuleSchema,
  categorySplits: z.partialRecord(z.enum(expenseCategories), splitRuleSchema),
});
export type MoneySettings = z.infer<typeof moneySettingsSchema>;

export const incomeBody = z.strictObject({
  monthlyAmount: positiveMinorUnits.describe("A month's income in the space's currency."),
  private: z.boolean().describe('When true, the others see only the resulting ratio.'),
});
export const incomesSchema = z.object({
  items: z.array(
    z.object({
      userId: idSchema,
      /** Null when not given, or private and someone else's. */
      monthlyAmount: z.number().nullable(),
      private: z.boolean(),
      given: z.boolean(),
      /** Their part of everyone's income, percent to one decimal; null until all have one. */
      percent: z.number().nullable(),
    }),
  ),
});
export type IncomesView = z.infer<typeof incomesSchema>;

export const createRecurringBody = z.strictObject({
  expense: createExpenseBody.omit({ spentOn: true }),
  rrule: rruleSchema.describe('When it comes round: FREQ=MONTHLY for rent on the first date.'),
  firstOn: localDateSchema.describe('The first date; at most a year back.'),
});
export const updateRecurringBody = z.strictObject({
  amount: expenseFields.amount.optional().describe('From the next date on.'),
  description: expenseFields.description.optional(),
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

/** The most a CSV import may be: a few years of a busy account. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export const importMappingSchema = z.strictObject({
  hasHeader: z.boolean(),
  date: z.number().int().min(0).max(200),
  description: z.number().int().min(0).max(200),
  amount: z.union([
    z.number().int().min(0).max(200),
    z.strictObject({ out: z.number().int().min(0).max(200), in: z.number().int().min(0).max(200) }),
  ]),
  dateFormat: z.enum(dateFormats),
  decimal: z.enum(['.', ',']),
});

export const importBody = z.strictObject({
  csv: z.string().min(1, { message: 'The file is empty.' }).max(IMPORT_MAX_BYTES),
  mapping: importMappingSchema.optional().describe('Which column is what; detected when left out.'),
  currency: currencySchema
    .optional()
    .describe("A bank file's currency; the space's when left out."),
  category: z.enum(expenseCategories).default('other'),
  privacy: z.enum(expensePrivacies).default('shared'),
  includeMoneyIn: z.boolean().default(false).describe('Import money in as refunds too.'),
  lines: z
    .array(z.number().int().min(1))
    .max(100_000)
    .optional()
    .describe("The file's lines to import; the preview's suggestion when left out."),
  people: z
    .record(z.string().max(200), idSchema)
    .optional()
    .describe('Splitwise: which member each person is; matched by name when left out.'),
});

export const importPreviewSchema = z.object({
  kind: z.enum(['bank', 'splitwise']),
  mapping: importMappingSchema.nullable(),
  header: z.array(z.string()).nullable(),
  people: z.array(z.object({ name: z.string(), userId: idSchema.nullable() })),
  rows: z.array(
    z.object({
      line: z.number(),
      spentOn: localDateSchema.nullable(),
      amount: z.number().nullable().describe('Minor units; money out is positive.'),
      currency: z.string(),
      description: z.string(),
      payment: z.boolean(),
      error: z.string().nullable(),
      duplicateOf: z.string().nullable().describe('An expense id or "line N".'),
      /** Suggested to leave out: likely duplicates, and money in unless asked for. */
      skip: z.boolean(),
    }),
  ),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export const importResultSchema = z.object({
  expenses: z.number(),
  settlements: z.number(),
});

export const exportSchema = z.object({
  exportedAt: instantSchema,
  currency: z.string(),
  members: z.array(z.object({ userId: idSchema, displayName: z.string() })),
  expenses: z.array(expenseSchema.omit({ capabilities: true })),
});

export const insightsQuery = z.strictObject({
  months: z.coerce.number().int().min(1).max(24).default(12),
});
export const insightsSchema = z.object({
  currency: z.string(),
  months: z.array(z.string()),
  byCategory: z.array(
    z.object({ month: z.string(), category: z.enum(expenseCategories), amount: z.number() }),
  ),
  shares: z.array(
    z.object({
      month: z.string(),
      members: z.array(
        z.object({
          userId: idSchema,
          percentOfCosts: z.number().nullable().describe('Their part of shared costs that month.'),
        }),
      ),
    }),
  ),
  incomePercents: z.array(z.object({ userId: idSchema, percent: z.number().nullable() })),
});
export type InsightsView = z.infer<typeof insightsSchema>;
