/**
 * Live-session fan-out: 1,000 live speaker–listener sessions (2,000 WebSockets, two per couple)
 * on one built Tandem server (SQLite). A move is posted over HTTP and timed until the partner's
 * socket hears of it; the baseline is a bare `ws` echo server in the same run (send → echo).
 * Also the server's memory per live session. Prints figures; asserts nothing. See README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSession } from '@tandem/shared';
import WebSocket from 'ws';
import { openSqlite } from '../apps/server/src/db/database';
import { newId } from '../apps/server/src/db/executor';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { hashSecret, newSecret } from '../apps/server/src/features/auth/secrets';
import { startTandemServer, startWsEchoServer, stopAllTargets, type Target } from './targets';

const SESSIONS = Math.floor(Number(process.env.BENCH_LIVE_SESSIONS ?? 1000));
const SAMPLES = Math.floor(Number(process.env.BENCH_LIVE_SAMPLES ?? 1000));
const IN_FLIGHT = 20;
const dataDir = path.join(import.meta.dirname, '.bench-live');

interface Couple {
  spaceId: string;
  sessionId: string;
  tokens: [string, string];
  sockets: WebSocket[];
  /** Whose move is next, and which: the loop speak → paraphrase → confirm. */
  turn: number;
  /** The couple's previous timed move: one at a time per session, as in a real conversation. */
  busy: Promise<void>;
}

async function main(): Promise<void> {
  console.log(
    `[bench] ${SESSIONS} live sessions (${2 * SESSIONS} sockets), ${SAMPLES} timed moves`,
  );
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const couples = await seed();
    const echo = await measureEcho();
    const tandem = await measureTandem(couples);
    console.log('\n| target | p50 ms | p99 ms | memory per live session |\n|---|--:|--:|--:|');
    console.log(
      `| bare ws echo (send → echo) | ${echo.p50.toFixed(2)} | ${echo.p99.toFixed(2)} | ${echo.kbPerSession.toFixed(0)} KiB |`,
    );
    console.log(
      `| Tandem (move → partner's event) | ${tandem.p50.toFixed(2)} | ${tandem.p99.toFixed(2)} | ${tandem.kbPerSession.toFixed(0)} KiB |`,
    );
    console.log(
      `\np50 ratio ${(tandem.p50 / echo.p50).toFixed(1)}×, p99 ratio ${(tandem.p99 / echo.p99).toFixed(1)}×`,
    );
  } finally {
    await stopAllTargets();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Couples with a signed-in session each and a live session under way, straight into SQLite. */
async function seed(): Promise<Couple[]> {
  const handle = openSqlite(path.join(dataDir, 'tandem.sqlite'));
  await migrateToLatest(handle.db);
  const now = new Date().toISOString();
  const expires = new Date(Date.now() + 86_400_000).toISOString();
  const couples: Couple[] = [];
  await handle.db.transaction().execute(async (trx) => {
    for (let i = 0; i < SESSIONS; i++) {
      const spaceId = newId();
      const users = [newId(), newId()] as const;
      const tokens = [newSecret(), newSecret()] as [string, string];
      await trx
        .insertInto('users')
        .values(
          users.map((id, m) => ({
            id,
            email: `live-${i}-${m}@example.test`,
            password_hash: 'x',
            display_name: `P${i}.${m}`,
            time_zone: 'UTC',
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      await trx
        .insertInto('spaces')
        .values({
          id: spaceId,
          name: `Live ${i}`,
          kind: 'couple',
          created_by: users[0],
          created_at: now,
          updated_at: now,
        })
        .execute();
      await trx
        .insertInto('space_members')
        .values(
          users.map((id, m) => ({
            space_id: spaceId,
            user_id: id,
            role: m === 0 ? ('owner' as const) : ('member' as const),
            joined_at: now,
          })),
        )
        .execute();
      await trx
        .insertInto('sessions')
        .values(
          users.map((id, m) => ({
            id: newId(),
            user_id: id,
            token_hash: hashSecret(tokens[m]!),
            user_agent: 'bench',
            created_at: now,
            last_seen_at: now,
            expires_at: expires,
          })),
        )
        .execute();
      const state = { ...startSession(users[0], users[1]), phase: 'talking' as const };
      const sessionId = newId();
      await trx
        .insertInto('live_sessions')
        .values({
          id: sessionId,
          space_id: spaceId,
          topic: 'Bench',
          starter_id: users[0],
          partner_id: users[1],
          phase: 'talking',
          state: JSON.stringify(state),
          version: 1,
          timeout_until: null,
          timeout_reminded: 0,
          created_at: now,
          updated_at: now,
        })
        .execute();
      couples.push({ spaceId, sessionId, tokens, sockets: [], turn: 0, busy: Promise.resolve() });
    }
  });
  await handle.close();
  return couples;
}

async function measureTandem(couples: Couple[]) {
  const target = await startTandemServer({ dataDir });
  const before = target.peakRssMb();
  const base = target.baseUrl.replace('http:', 'ws:');
  for (const couple of couples) {
    couple.sockets = await Promise.all(
      couple.tokens.map((token) =>
        open(`${base}/api/v1/spaces/${couple.spaceId}/events`, {
          cookie: `tandem_session=${token}`,
          origin: target.baseUrl,
        }),
      ),
    );
  }
  await settle();
  const kbPerSession = ((target.peakRssMb() - before) * 1024) / couples.length;
  const moves = ['speak', 'paraphrase', 'confirm'] as const;
  const times = await sample(async (i) => {
    const couple = couples[i % couples.length]!;
    const previous = couple.busy;
    let release = () => {};
    couple.busy = new Promise((resolve) => (release = resolve));
    await previous;
    const move = moves[couple.turn % 3]!;
    // The speaker speaks and confirms; the listener paraphrases.
    const mover = move === 'paraphrase' ? 1 : 0;
    couple.turn++;
    const heard = nextMessage(couple.sockets[1 - mover]!);
    const started = performance.now();
    const response = await fetch(
      `${target.baseUrl}/api/v1/spaces/${couple.spaceId}/sessions/${couple.sessionId}/moves`,
      {
        method: 'POST',
        headers: {
          cookie: `tandem_session=${couple.tokens[mover]}`,
          origin: target.baseUrl,
          'content-type': 'application/json',
        },
        body: JSON.stringify(
          move === 'confirm' ? { type: move } : { type: move, text: 'A short turn.' },
        ),
      },
    );
    if (!response.ok)
      throw new Error(`move ${move} refused: ${response.status} ${await response.text()}`);
    await heard;
    const elapsed = performance.now() - started;
    release();
    return elapsed;
  });
  for (const couple of couples) for (const socket of couple.sockets) socket.terminate();
  await target.stop();
  return { ...percentiles(times), kbPerSession };
}

async function measureEcho() {
  const target: Target = await startWsEchoServer();
  const before = target.peakRssMb();
  const base = target.baseUrl.replace('http:', 'ws:');
  const sockets: WebSocket[] = [];
  for (let i = 0; i < 2 * SESSIONS; i++) sockets.push(await open(base, {}));
  await settle();
  const kbPerSession = ((target.peakRssMb() - before) * 1024) / SESSIONS;
  const times = await sample(async (i) => {
    const socket = sockets[i % sockets.length]!;
    const echoed = nextMessage(socket);
    const started = performance.now();
    socket.send(JSON.stringify({ type: 'speak', text: 'A short turn.' }));
    await echoed;
    return performance.now() - started;
  });
  for (const socket of sockets) socket.terminate();
  await target.stop();
  return { ...percentiles(times), kbPerSession };
}

function open(url: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    );
    socket.once('error', reject);
  });
}

function nextMessage(socket: WebSocket): Promise<void> {
  return new Promise((resolve) => socket.once('message', () => resolve()));
}

/** Runs `SAMPLES` timed operations, `IN_FLIGHT` at a time, each on its own session. */
async function sample(run: (i: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < SAMPLES) times.push(await run(next++));
    }),
  );
  return times;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

await main();
