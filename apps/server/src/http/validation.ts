import type { FieldIssue } from '@tandem/shared';
import type { z } from 'zod';
import { AppError } from './app-error';

/** Turns zod issues into field issues that name the field, e.g. `mood: Too big: …`. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: 'body' | 'query',
): z.output<T> {
  const result = schema.safeParse(value ?? (where === 'query' ? {} : undefined));
  if (result.success) return result.data;
  const fields = toFieldIssues(result.error);
  const summary = fields.map((f) => `${f.path}: ${f.message}`).join('; ');
  throw new AppError('validation_failed', { fields }, `Some fields are not valid — ${summary}`);
}

/** A malformed path parameter (say, not a UUID) is answered like an unknown id: 404. */
export function parseParams<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('not_found');
  return result.data;
}
