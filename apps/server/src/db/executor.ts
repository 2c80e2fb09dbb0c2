import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from './schema';

/** A database or an open transaction: repositories accept either. */
export type Executor = Kysely<Database>;

/** Ids are UUIDv7: time-ordered, so indexes stay compact and ids sort by creation. */
export const newId = (): string => uuidv7();

export const nowIso = (): string => new Date().toISOString();
