import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema';

/**
 * The one place that knows which database is underneath. Everything else writes one query code
 * against `Kysely<Database>`.
 */
export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** PostgreSQL only: a connection string, so real-time fan-out can LISTEN on its own client. */
  postgresUrl?: string;
  /** SQLite only: the open file, for online backups. */
  sqlite?: SqliteDatabase.Database;
  close(): Promise<void>;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return Boolean(url && /^postgres(ql)?:\/\//.test(url));
}

export function openDatabase(options: { databaseUrl?: string; dataDir: string }): DatabaseHandle {
  if (isPostgresUrl(options.databaseUrl)) return openPostgres(options.databaseUrl);
  if (options.databaseUrl) throw new Error('DATABASE_URL must be a postgres:// URL.');
  fs.mkdirSync(options.dataDir, { recursive: true });
  return openSqlite(path.join(options.dataDir, 'tandem.sqlite'));
}

export function openSqlite(file: string): DatabaseHandle {
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const database = withStatementCache(sqlite);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
}

/**
 * Kysely asks better-sqlite3 to prepare every query afresh, yet an app sends the same few dozen
 * SQL texts over and over: keeping the prepared statements saves parsing on every request.
 */
function withStatementCache(sqlite: SqliteDatabase.Database, maxStatements = 500) {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => void sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (statements.size >= maxStatements) statements.clear();
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

const TIMESTAMPTZ_OID = 1184;
const DATE_OID = 1082;
const INT8_OID = 20;

export function openPostgres(url: string): DatabaseHandle {
  // Return instants as the same ISO strings SQLite stores, and days as plain YYYY-MM-DD,
  // so that one query code gives one shape of data on both dialects.
  const types = new pg.TypeOverrides();
  types.setTypeParser(TIMESTAMPTZ_OID, (v: string) => new Date(v).toISOString());
  types.setTypeParser(DATE_OID, (v: string) => v);
  types.setTypeParser(INT8_OID, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: 10, types });
  // An idle connection that drops (server restart, failover) is replaced by the pool; without a
  // listener its error would end the process.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', postgresUrl: url, close: () => db.destroy() };
}

/** True when `error` is a unique-constraint violation on either dialect. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}
