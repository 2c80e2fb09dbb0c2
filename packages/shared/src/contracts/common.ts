import { z } from 'zod';

/** Ids are UUIDv7 text; a malformed id in a path is answered like an unknown one (404). */
export const idSchema = z.uuid().describe('A UUIDv7 identifier.');

export const instantSchema = z.iso.datetime().describe('A UTC instant, ISO 8601.');

/**
 * A calendar day in someone's own time zone, YYYY-MM-DD, that exists in the calendar, between
 * the years 1900 and 2999 (both databases store those; PostgreSQL has no year 0).
 */
export const localDateSchema = z.iso
  .date()
  .refine((date) => date >= '1900-01-01' && date <= '2999-12-31', {
    message: 'Must be between 1900-01-01 and 2999-12-31.',
  })
  .describe('A calendar day, YYYY-MM-DD.');

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, { message: 'Must be an IANA time zone such as Europe/Berlin.' })
  .describe('An IANA time zone name.');

/** Free text: trimmed, bounded, and without NUL characters (PostgreSQL cannot store them). */
export const trimmedText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !text.includes('\u0000'), { message: 'Must not contain NUL characters.' });

export const spaceParams = z.strictObject({ spaceId: idSchema });

export const emptyResponse = z.null().describe('No content.');

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
