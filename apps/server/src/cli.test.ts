import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';

const cli = path.join(import.meta.dirname, 'cli.ts');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-cli-'));
const runCli = (args: string[], databaseUrl = '') =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
  });

describe('the tandem CLI on SQLite', () => {
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, then reports the schema is up to date', () => {
    const first = runCli(['migrate']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Applied: 0001-foundation');
    expect(runCli(['migrate']).stdout).toContain('Already up to date.');
  });

  it('backs up the SQLite database to a file that opens on its own', () => {
    const target = path.join(dataDir, 'backup.sqlite');
    const result = runCli(['backup', target]);
    expect(result.status, result.stderr).toBe(0);
    const copy = new SqliteDatabase(target, { readonly: true });
    const tables = copy
      .prepare("select name from sqlite_master where type = 'table' order by name")
      .all();
    copy.close();
    expect(tables.map((t) => (t as { name: string }).name)).toEqual(
      expect.arrayContaining(['checkins', 'spaces', 'users']),
    );
  });

  it('prints usage for an unknown command', () => {
    const result = runCli(['explode']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: tandem');
  });
});

describe('the tandem CLI on PostgreSQL', () => {
  it('migrates, and points to pg_dump for backups', async () => {
    const adminUrl = inject('postgresAdminUrl');
    const name = `tandem_cli_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const migrated = runCli(['migrate'], url.toString());
      expect(migrated.status, migrated.stderr).toBe(0);
      expect(migrated.stdout).toContain('Applied: 0001-foundation');
      const backup = runCli(['backup', '/tmp/never-written'], url.toString());
      expect(backup.status).toBe(2);
      expect(backup.stderr).toContain('pg_dump');
    } finally {
      await admin.query(`drop database ${name} with (force)`);
      await admin.end();
    }
  });
});
