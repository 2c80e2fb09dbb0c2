import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { DestinationStream } from 'pino';
import { buildApp, type TandemApp } from '../src/app';
import { readConfig, type Config } from '../src/config';
import { openPostgres, openSqlite, type DatabaseHandle, type Dialect } from '../src/db/database';
import { migrateToLatest } from '../src/db/migrate';

export const dialects: Dialect[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  handle: DatabaseHandle;
  /** A connection string a second server instance can use (PostgreSQL only). */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file: a temp SQLite file or a new PG database. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
    const handle = openSqlite(path.join(dir, 'tandem.sqlite'));
    await migrateToLatest(handle.db);
    return {
      handle,
      drop: async () => {
        await handle.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const adminUrl = inject('postgresAdminUrl');
  const name = `tandem_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = openPostgres(url.toString());
  await migrateToLatest(handle.db);
  return {
    handle,
    url: url.toString(),
    drop: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await dropWhenIdle(cleanup, name);
      await cleanup.end();
    },
  };
}

/** The pool's connections close asynchronously; wait for them rather than killing them. */
async function dropWhenIdle(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await admin.query(`drop database if exists ${name}`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await admin.query(`drop database if exists ${name} with (force)`);
}

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    ...readConfig({}),
    logLevel: 'silent',
    authRateLimitPerMinute: 10_000,
    webDistDir: path.join(os.tmpdir(), 'tandem-no-web-app'),
    ...overrides,
  };
}

export interface Harness extends TandemApp {
  database: TestDatabase;
}

export async function startTestApp(
  database: TestDatabase,
  overrides: Partial<Config> = {},
  logStream?: DestinationStream,
): Promise<TandemApp> {
  const built = await buildApp({
    config: testConfig(overrides),
    database: database.handle,
    ...(logStream ? { logStream } : {}),
  });
  await built.app.ready();
  return built;
}

/**
 * Runs `body` once per dialect, each with its own migrated database and app. The returned
 * getter is valid inside tests.
 */
export function describeOnEachDialect(
  name: string,
  body: (harness: () => Harness, dialect: Dialect) => void,
  overrides: Partial<Config> = {},
): void {
  describe.each(dialects)(`${name} [%s]`, (dialect) => {
    let harness: Harness | undefined;
    beforeAll(async () => {
      const database = await createTestDatabase(dialect);
      harness = { ...(await startTestApp(database, overrides)), database };
    });
    afterAll(async () => {
      await harness?.app.close();
      await harness?.database.drop();
    });
    body(() => {
      if (!harness) throw new Error('The test app is not started yet.');
      return harness;
    }, dialect);
  });
}
