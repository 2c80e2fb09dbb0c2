import type { Kysely } from 'kysely';
import { newId } from '../apps/server/src/db/executor';
import type {
  CheckinsTable,
  Database,
  SessionsTable,
  SpaceMembersTable,
  SpacesTable,
  UsersTable,
} from '../apps/server/src/db/schema';
import { hashPassword, hashSecret, newSecret } from '../apps/server/src/features/auth/secrets';

/** One request the load generator sends: a signed-in member reading a day of their space. */
export interface Probe {
  spaceId: string;
  date: string;
  /** The session cookie's value; only its sha256 is in the database. */
  token: string;
}

export interface SeedOptions {
  /** Couple spaces to create (two members each). */
  spaces: number;
  /** Days of check-in history, ending today (UTC). */
  days: number;
  /** Distinct members (one per space, spread over all of them) the load generator rotates over. */
  probes: number;
}

export interface SeedResult {
  probes: Probe[];
  rows: { users: number; spaces: number; checkins: number };
}

const SPACES_PER_TRANSACTION = 200;
// Stays under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement.
const MAX_PARAMETERS = 30_000;
const CHECKIN_CHANCE = 0.85;
const SHARED_CHANCE = 0.75;
const NEEDS = ['A quiet evening', 'A walk together', 'Help with the dishes', 'A long hug', 'Sleep'];
const THANKS = ['Thank you for the coffee', 'You made me laugh today', 'Thanks for listening'];

/**
 * Writes synthetic couples straight into a migrated database, bypassing the API (whose argon2
 * would take most of the time): users sharing one password hash, a session each, and a month
 * of check-ins with a mix of shared and private. The same random seed gives the same data.
 */
export async function seed(db: Kysely<Database>, options: SeedOptions): Promise<SeedResult> {
  const random = mulberry32(42);
  const passwordHash = await hashPassword('bench password, never used to sign in');
  const days = lastDays(options.days);
  const probeEvery = Math.max(1, Math.floor(options.spaces / options.probes));
  const now = new Date();
  const expiresAt = new Date(now.getTime() + 30 * 86_400_000).toISOString();
  const probes: Probe[] = [];
  const rows = { users: 0, spaces: 0, checkins: 0 };

  for (let first = 0; first < options.spaces; first += SPACES_PER_TRANSACTION) {
    const batch = emptyBatch();
    const last = Math.min(options.spaces, first + SPACES_PER_TRANSACTION);
    for (let s = first; s < last; s++) {
      const spaceId = newId();
      const userIds = [newId(), newId()];
      const tokens = userIds.map(() => newSecret());
      const createdAt = `${days.at(-1)}T08:00:00.000Z`;
      batch.spaces.push({
        id: spaceId,
        name: `Bench couple ${s}`,
        kind: 'couple',
        created_by: userIds[0]!,
        created_at: createdAt,
        updated_at: createdAt,
      });
      userIds.forEach((userId, m) => {
        const n = 2 * s + m;
        batch.users.push({
          id: userId,
          email: `bench-${n}@example.test`,
          password_hash: passwordHash,
          display_name: `Bench person ${n}`,
          time_zone: 'UTC',
          created_at: createdAt,
          updated_at: createdAt,
        });
        batch.members.push({
          space_id: spaceId,
          user_id: userId,
          role: m === 0 ? 'owner' : 'member',
          joined_at: createdAt,
        });
        batch.sessions.push({
          id: newId(),
          user_id: userId,
          token_hash: hashSecret(tokens[m]!),
          user_agent: 'tandem-bench',
          created_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          expires_at: expiresAt,
        });
      });
      const checkedIn: string[][] = [[], []];
      for (const date of days) {
        const ofDay: CheckinsTable[] = [];
        userIds.forEach((userId, m) => {
          if (random() >= CHECKIN_CHANCE) return;
          checkedIn[m]!.push(date);
          ofDay.push(checkin(random, spaceId, userId, date));
        });
        batch.checkins.push(...recordReveal(ofDay, userIds.length));
      }
      if (s % probeEvery === 0 && probes.length < options.probes) {
        const m = probes.length % 2;
        const dates = checkedIn[m]!;
        // A day this member checked in, so the response always has at least their own item.
        const date = dates[probes.length % dates.length] ?? days[0]!;
        probes.push({ spaceId, date, token: tokens[m]! });
      }
    }
    await db.transaction().execute(async (trx) => {
      await insertAll(trx, 'users', batch.users);
      await insertAll(trx, 'spaces', batch.spaces);
      await insertAll(trx, 'space_members', batch.members);
      await insertAll(trx, 'sessions', batch.sessions);
      await insertAll(trx, 'checkins', batch.checkins);
    });
    rows.users += batch.users.length;
    rows.spaces += batch.spaces.length;
    rows.checkins += batch.checkins.length;
  }
  return { probes, rows };
}

function emptyBatch() {
  return {
    users: [] as UsersTable[],
    spaces: [] as SpacesTable[],
    members: [] as SpaceMembersTable[],
    sessions: [] as SessionsTable[],
    checkins: [] as CheckinsTable[],
  };
}

function checkin(random: () => number, spaceId: string, authorId: string, date: string) {
  const at = `${date}T${String(6 + Math.floor(random() * 16)).padStart(2, '0')}:${String(
    Math.floor(random() * 60),
  ).padStart(2, '0')}:00.000Z`;
  const row: CheckinsTable = {
    id: newId(),
    space_id: spaceId,
    author_id: authorId,
    date,
    mood: 1 + Math.floor(random() * 5),
    energy: random() < 0.2 ? null : 1 + Math.floor(random() * 5),
    need: random() < 0.5 ? pick(random, NEEDS) : null,
    appreciation: random() < 0.5 ? pick(random, THANKS) : null,
    visibility: random() < SHARED_CHANCE ? 'shared' : 'private',
    revealed_at: null,
    unsealed_at: null,
    created_at: at,
    updated_at: at,
  };
  return row;
}

/** As the server does when the last member shares: the day's shared check-ins stay revealed. */
function recordReveal(ofDay: CheckinsTable[], memberCount: number): CheckinsTable[] {
  const shared = ofDay.filter((row) => row.visibility === 'shared');
  if (shared.length < memberCount) return ofDay;
  const at =
    shared
      .map((row) => row.created_at)
      .sort()
      .at(-1) ?? null;
  return ofDay.map((row) => (row.visibility === 'shared' ? { ...row, unsealed_at: at } : row));
}

async function insertAll<T extends keyof Database>(
  db: Kysely<Database>,
  table: T,
  rows: Database[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.floor(MAX_PARAMETERS / Object.keys(rows[0]!).length);
  for (let i = 0; i < rows.length; i += perStatement) {
    // Kysely cannot narrow a generic table name to its row type; the rows are that type.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + perStatement) as never)
      .execute();
  }
}

/** YYYY-MM-DD of the last `count` days, newest first. */
function lastDays(count: number): string[] {
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  return Array.from({ length: count }, (_, i) =>
    new Date(today - i * 86_400_000).toISOString().slice(0, 10),
  );
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A small seeded PRNG, so every run writes the same data. */
function mulberry32(seedValue: number): () => number {
  let a = seedValue;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
