/**
 * Read-path benchmark: authenticated GET /api/v1/spaces/{spaceId}/checkins?date=… on the built
 * server (SQLite, then PostgreSQL) against a bare node:http hello-world, all with autocannon.
 * Prints figures; asserts nothing about them. See bench/README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { openPostgres, openSqlite, type DatabaseHandle } from '../apps/server/src/db/database';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { startThrowawayPostgres } from '../apps/server/test/postgres-cluster';
import { seed, type Probe } from './seed';
import { startBareServer, startTandemServer, stopAllTargets, type Target } from './targets';

const settings = {
  duration: positiveNumber('BENCH_DURATION', 10),
  spaces: Math.floor(positiveNumber('BENCH_SPACES', 3000)),
  days: 30,
  probes: 500,
  connections: 50,
  pipelining: 1,
};
const dataDir = path.join(import.meta.dirname, '.bench-data');
const SETTLE_MS = 1_000;

interface Row {
  target: string;
  requestsPerSecond: number;
  p99Ms: number;
  peakRssMb: number;
  failed: number;
}

const cleanups: Array<() => unknown> = [];

async function main(): Promise<void> {
  printSetup();
  const rows = [await benchBare(), ...(await benchSqlite())];
  if (process.env.BENCH_SKIP_POSTGRES === '1') log('PostgreSQL skipped (BENCH_SKIP_POSTGRES=1)');
  else rows.push(...(await benchPostgres()));
  printTable(rows);
  if (rows.some((row) => row.failed > 0)) {
    throw new Error('Some requests failed or were not 2xx: these figures measure something else.');
  }
}

async function benchBare(): Promise<Row> {
  const target = await startBareServer();
  try {
    return await measure('bare node:http', target);
  } finally {
    await target.stop();
  }
}

async function benchSqlite(): Promise<Row[]> {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const probes = await seedInto(openSqlite(path.join(dataDir, 'tandem.sqlite')), 'SQLite');
  return readCheckins('Tandem, SQLite', { dataDir }, probes, { withReferenceRoutes: true });
}

async function benchPostgres(): Promise<Row[]> {
  log('PostgreSQL: starting a throw-away cluster');
  const cluster = await startThrowawayPostgres();
  cleanups.push(cluster.stop);
  const databaseUrl = await createDatabase(cluster.url, 'tandem_bench');
  const probes = await seedInto(openPostgres(databaseUrl), 'PostgreSQL');
  return readCheckins('Tandem, PostgreSQL', { dataDir, databaseUrl }, probes, {
    withReferenceRoutes: false,
  });
}

/** Migrates and seeds before the server starts, then closes, so the server is alone on it. */
async function seedInto(handle: DatabaseHandle, label: string): Promise<Probe[]> {
  const started = performance.now();
  try {
    await migrateToLatest(handle.db);
    const { probes, rows } = await seed(handle.db, settings);
    // What autovacuum would have done by now on a live PostgreSQL after such a bulk load.
    if (handle.dialect === 'postgres') await sql`vacuum analyze`.execute(handle.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(
      `${label}: seeded ${rows.spaces} spaces, ${rows.users} users, ${rows.checkins} check-ins in ${seconds} s`,
    );
    return probes;
  } finally {
    await handle.close();
  }
}

async function readCheckins(
  name: string,
  db: { dataDir: string; databaseUrl?: string },
  probes: Probe[],
  options: { withReferenceRoutes: boolean },
): Promise<Row[]> {
  const target = await startTandemServer(db);
  try {
    const rows: Row[] = [];
    const asProbe = (probe: Probe, path: string) => ({
      method: 'GET' as const,
      path,
      headers: { cookie: `tandem_session=${probe.token}` },
    });
    if (options.withReferenceRoutes) {
      // The same server's cheapest routes: what the framework, headers and metrics cost alone
      // (/healthz, one trivial query), and with the session lookup added (/api/v1/me).
      rows.push(
        await measure(`${name}: GET /healthz`, target, [{ method: 'GET', path: '/healthz' }]),
      );
      const me = probes.map((probe) => asProbe(probe, '/api/v1/me'));
      rows.push(await measure(`${name}: GET /api/v1/me`, target, me));
    }
    // Every connection cycles through all probes: many users, spaces and days, not one hot row.
    const requests = probes.map((probe) =>
      asProbe(probe, `/api/v1/spaces/${probe.spaceId}/checkins?date=${probe.date}`),
    );
    await verifyReadPath(target.baseUrl, requests[0]!);
    rows.push(await measure(`${name}: GET …/checkins (${probes.length} users)`, target, requests));
    return rows;
  } finally {
    await target.stop();
  }
}

/** One plain request first: a benchmark of 401s or empty lists would be worthless. */
async function verifyReadPath(
  baseUrl: string,
  request: { path: string; headers: Record<string, string> },
): Promise<void> {
  const response = await fetch(baseUrl + request.path, { headers: request.headers });
  const text = await response.text();
  const items = response.ok ? (JSON.parse(text) as { items?: unknown[] }).items : undefined;
  if (!Array.isArray(items) || items.length === 0) {
    throw new Error(`GET ${request.path} gave ${response.status}, not a list of items: ${text}`);
  }
}

async function measure(
  name: string,
  target: Target,
  requests?: autocannon.Request[],
): Promise<Row> {
  log(`${name}: ${settings.duration} s, ${settings.connections} connections`);
  const result = await autocannon({
    url: target.baseUrl,
    duration: settings.duration,
    connections: settings.connections,
    pipelining: settings.pipelining,
    ...(requests ? { requests } : {}),
  });
  // autocannon hangs up on requests still in flight; let the server finish them before it stops.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return {
    target: name,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    peakRssMb: target.peakRssMb(),
    failed: result.non2xx + result.errors,
  };
}

async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The load average shows anything else running: compare runs only when it started near 0. */
function printSetup(): void {
  const cpus = os.cpus();
  log(
    `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? '?'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, load average ${os.loadavg()[0]!.toFixed(2)}`,
  );
  log(
    `${settings.spaces} couple spaces, ${settings.days} days of check-ins; autocannon ` +
      `${settings.connections} connections, pipelining ${settings.pipelining}, ${settings.duration} s per target`,
  );
}

function printTable(rows: Row[]): void {
  const bare = rows[0]!.requestsPerSecond;
  const header = ['target', 'req/s', 'p99 ms', 'peak RSS MB', 'vs bare', 'non-2xx + errors'];
  const lines = rows.map((row) => [
    row.target,
    Math.round(row.requestsPerSecond).toLocaleString('en-US'),
    String(row.p99Ms),
    row.peakRssMb.toFixed(0),
    `${((100 * row.requestsPerSecond) / bare).toFixed(0)} %`,
    String(row.failed),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  console.log(['', format(header), rule, ...lines.map(format), ''].join('\n'));
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got "${raw}".`);
  return value;
}

/** Children and the PostgreSQL cluster go away whatever happened, Ctrl-C included. */
async function cleanUp(): Promise<void> {
  await stopAllTargets();
  for (const cleanup of cleanups.splice(0).reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error('[bench] clean-up failed:', error);
    }
  }
}

process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

await main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(cleanUp);
