import { z } from 'zod';
import { dateFormats } from '../domain/money/bank-import';
import { idSchema, instantSchema, localDateSchema } from './common';
import { currencySchema, expenseCategories, expensePrivacies, expenseSchema } from './money';

/** The ledger in and out of files (bank and Splitwise CSV, CSV and JSON), and where it goes. */

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
