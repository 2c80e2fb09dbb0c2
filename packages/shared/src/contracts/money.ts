import { z } from 'zod';
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

export const positiveMinorUnits = minorUnits.refine((n) => n > 0, {
  message: 'Must be above zero.',
});

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
