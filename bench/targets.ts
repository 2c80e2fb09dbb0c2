import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { freePort } from '../apps/server/test/free-port';
import { isRunning, waitUntilReady } from '../apps/server/test/wait-until-ready';

const repoRoot = path.resolve(import.meta.dirname, '..');
const serverEntry = path.join(repoRoot, 'apps/server/dist/main.js');
const bareServerEntry = path.join(import.meta.dirname, 'bare-server.mjs');
const echoServerEntry = path.join(import.meta.dirname, 'ws-echo-server.mjs');
const SAMPLE_INTERVAL_MS = 200;
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;

/** A server under measurement, in a child process of its own. */
export interface Target {
  baseUrl: string;
  /** The most memory the process has held (VmHWM), in MiB, sampled while it runs. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

const running = new Set<Target>();

/** Stops every target still running: called at the end, and on error or Ctrl-C. */
export async function stopAllTargets(): Promise<void> {
  await Promise.allSettled([...running].map((target) => target.stop()));
}

export function startBareServer(): Promise<Target> {
  return startTarget(bareServerEntry, {}, '/');
}

/** A bare `ws` server echoing every message: the live-session bench's baseline. */
export function startWsEchoServer(): Promise<Target> {
  return startTarget(echoServerEntry, {}, '/');
}

/** The built Tandem server: SQLite in `dataDir`, or PostgreSQL when `databaseUrl` is given. */
export function startTandemServer(db: { dataDir: string; databaseUrl?: string }): Promise<Target> {
  if (!fs.existsSync(serverEntry)) {
    throw new Error(`${serverEntry} is missing: run "npm run build -w @tandem/server" first.`);
  }
  return startTarget(
    serverEntry,
    {
      DATA_DIR: db.dataDir,
      ...(db.databaseUrl ? { DATABASE_URL: db.databaseUrl } : {}),
      LOG_LEVEL: 'warn',
      AUTH_RATE_LIMIT: '100000',
    },
    '/healthz',
  );
}

async function startTarget(
  entry: string,
  env: Record<string, string>,
  readyPath: string,
): Promise<Target> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    cwd: repoRoot,
    env: { ...cleanEnv(), ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let peakKb = 0;
  const sample = () => (peakKb = Math.max(peakKb, readPeakRssKb(child.pid) ?? 0));
  const sampler = setInterval(sample, SAMPLE_INTERVAL_MS);
  const target: Target = {
    baseUrl: `http://127.0.0.1:${port}`,
    peakRssMb: () => {
      sample();
      return peakKb / 1024;
    },
    stop: async () => {
      running.delete(target);
      sample();
      clearInterval(sampler);
      if (isRunning(child)) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
    },
  };
  running.add(target);
  try {
    await waitUntilReady(target.baseUrl + readyPath, child, READY_TIMEOUT_MS);
  } catch (error) {
    await target.stop();
    throw error;
  }
  return target;
}

/** The parent's environment without anything that would change what the child runs against. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'NODE_OPTIONS', 'PUBLIC_URL', 'TRUST_PROXY']) {
    delete env[name];
  }
  return env;
}

function readPeakRssKb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined; // already gone, or not Linux
  }
}
