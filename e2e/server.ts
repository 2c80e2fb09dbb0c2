import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../apps/server/test/free-port';
import { waitUntilReady } from '../apps/server/test/wait-until-ready';

const root = path.resolve(import.meta.dirname, '..');

export interface RunningServer {
  url: string;
  /** Its data folder: a test may reach into the SQLite file to move time along. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts the built server (apps/server/dist) as its own process on a free port: on an empty
 * SQLite data folder, or on the PostgreSQL database given.
 */
export async function startBuiltServer(
  options: { databaseUrl?: string } = {},
): Promise<RunningServer> {
  const main = path.join(root, 'apps/server/dist/main.js');
  if (!fs.existsSync(main)) throw new Error('Build first: npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitUntilReady(`${url}/healthz`, child);
  return {
    url,
    dataDir,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
