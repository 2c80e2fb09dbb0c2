/**
 * Money benchmark: balances with settle-up, and the ledger's first page, over one space with
 * 100,000 expenses, on SQLite and PostgreSQL — each against a naive way of doing the same in
 * the same run (load every line into memory and sum; load the whole ledger and slice a page).
 * Calls the services directly, without HTTP. Prints figures; asserts nothing. See README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { balancesOf, settleUp, splitAmount } from '@tandem/shared';
import { sql } from 'kysely';
import pg from 'pg';
import { openPostgres, openSqlite, type DatabaseHandle } from '../apps/server/src/db/database';
import { migrateToLatest } from '../apps/server/src/db/migrate';
import { ExpensesService } from '../apps/server/src/features/money/expenses.service';
import type { ExpenseRow } from '../apps/server/src/features/money/money.repository';
import { MoneyService } from '../apps/server/src/features/money/money.service';
import type { Membership } from '../apps/server/src/features/spaces/spaces.repository';
import { createLocalBus } from '../apps/server/src/realtime/event-bus';
import { startThrowawayPostgres } from '../apps/server/test/postgres-cluster';

const EXPENSES = Math.floor(Number(process.env.BENCH_EXPENSES ?? 100_000));
const RUNS = Math.floor(Number(process.env.BENCH_MONEY_RUNS ?? 20));
const dataDir = path.join(import.meta.dirname, '.bench-money');

interface Row {
  database: string;
  what: string;
  tandemMs: number;
  naiveMs: number;
}

async function main(): Promise<void> {
  console.log(
    `[bench] ${EXPENSES.toLocaleString('en-US')} expenses in one couple space, median of ${RUNS} runs`,
  );
  const rows: Row[] = [];
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    rows.push(...(await measure('SQLite', openSqlite(path.join(dataDir, 'money.sqlite')))));
    if (process.env.BENCH_SKIP_POSTGRES === '1') {
      console.log('[bench] PostgreSQL skipped (BENCH_SKIP_POSTGRES=1)');
    } else {
      const cluster = await startThrowawayPostgres();
      try {
        rows.push(
          ...(await measure('PostgreSQL', openPostgres(await createDatabase(cluster.url)))),
        );
      } finally {
        cluster.stop();
      }
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(
    '\n| database | what | Tandem ms | naive ms | naive ÷ Tandem |\n|---|---|--:|--:|--:|',
  );
  for (const row of rows) {
    console.log(
      `| ${row.database} | ${row.what} | ${row.tandemMs.toFixed(2)} | ${row.naiveMs.toFixed(2)} | ${(row.naiveMs / row.tandemMs).toFixed(1)}× |`,
    );
  }
}

async function measure(database: string, handle: DatabaseHandle): Promise<Row[]> {
  try {
    await migrateToLatest(handle.db);
    const membership = await seed(handle);
    if (handle.dialect === 'postgres') await sql`vacuum analyze`.execute(handle.db);
    const bus = createLocalBus(() => undefined);
    const money = new MoneyService(handle.db, bus);
    const expenses = new ExpensesService(handle.db, bus, money);

    const balances = () => money.balances(membership);
    const naiveBalances = async () => {
      // Everything into memory, summed in JavaScript: what a first version would do.
      const lines = await handle.db
        .selectFrom('expense_lines as l')
        .innerJoin('expenses as e', 'e.id', 'l.expense_id')
        .select(['e.currency', 'l.user_id', 'l.paid', 'l.owed', 'e.privacy', 'e.deleted_at'])
        .where('l.space_id', '=', membership.spaceId)
        .execute();
      const counted = lines.filter((l) => l.privacy !== 'private' && l.deleted_at === null);
      const byCurrency = balancesOf(
        counted.map((l) => ({
          currency: l.currency,
          paid: { [l.user_id]: Number(l.paid) },
          owed: { [l.user_id]: Number(l.owed) },
        })),
      );
      return Object.values(byCurrency).map((b) => settleUp(b));
    };
    const firstPage = () => expenses.list(membership, 50);
    const naiveFirstPage = async () => {
      const all = await handle.db
        .selectFrom('expenses')
        .selectAll()
        .where('space_id', '=', membership.spaceId)
        .where('deleted_at', 'is', null)
        .execute();
      return all
        .filter((e) => e.privacy !== 'private' || e.created_by === membership.userId)
        .sort((x, y) =>
          x.spent_on === y.spent_on ? (x.id < y.id ? 1 : -1) : x.spent_on < y.spent_on ? 1 : -1,
        )
        .slice(0, 50);
    };

    // Both ways must agree before either is timed.
    const ours = (await balances()).currencies[0]!.transfers;
    const theirs = (await naiveBalances())[0]!;
    if (JSON.stringify(ours) !== JSON.stringify(theirs)) throw new Error('balances differ');
    const page = (await firstPage()).items.map((e) => e.id);
    if (JSON.stringify(page) !== JSON.stringify((await naiveFirstPage()).map((e) => e.id))) {
      throw new Error('first pages differ');
    }
    return [
      {
        database,
        what: 'balances + settle-up',
        tandemMs: await median(balances),
        naiveMs: await median(naiveBalances),
      },
      {
        database,
        what: "ledger's first page (50)",
        tandemMs: await median(firstPage),
        naiveMs: await median(naiveFirstPage),
      },
    ];
  } finally {
    await handle.close();
  }
}

/** One couple, 100,000 expenses over ten years, split equally with the odd cent rotating. */
async function seed(handle: DatabaseHandle): Promise<Membership> {
  const started = performance.now();
  const now = new Date().toISOString();
  const ids = ['0190a0b4-0000-7000-8000-00000000000a', '0190a0b4-0000-7000-8000-00000000000b'];
  const spaceId = '0190a0b4-0000-7000-8000-0000000000f0';
  await handle.db
    .insertInto('users')
    .values(
      ids.map((id, i) => ({
        id,
        email: `bench-${i}@example.test`,
        password_hash: 'x',
        display_name: `Bench ${i}`,
        time_zone: 'UTC',
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await handle.db
    .insertInto('spaces')
    .values({
      id: spaceId,
      name: 'Bench',
      kind: 'couple',
      created_by: ids[0]!,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await handle.db
    .insertInto('space_members')
    .values(
      ids.map((id, i) => ({
        space_id: spaceId,
        user_id: id,
        role: i === 0 ? 'owner' : 'member',
        joined_at: now,
      })),
    )
    .execute();

  const batch = 500;
  for (let start = 0; start < EXPENSES; start += batch) {
    const expenses: ExpenseRow[] = [];
    const lines = [];
    for (let i = start; i < Math.min(EXPENSES, start + batch); i++) {
      const id = `0190a0b4-0000-7000-8000-${String(i).padStart(12, '0')}`;
      const amount = 100 + ((i * 7919) % 20_000);
      const payer = ids[i % 3 === 0 ? 1 : 0]!;
      const day = new Date(Date.UTC(2016, 0, 1) + (i % 3650) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      expenses.push({
        id,
        space_id: spaceId,
        kind: 'expense' as const,
        amount,
        currency: 'EUR',
        description: `Expense ${i}`,
        category: 'groceries',
        spent_on: day,
        privacy: i % 10 === 0 ? 'private' : 'shared',
        split: '{"kind":"equal"}',
        paid_amount: null,
        paid_currency: null,
        recurring_id: null,
        created_by: payer,
        created_at: now,
        updated_by: payer,
        updated_at: now,
        deleted_at: null,
      });
      const shares =
        i % 10 === 0
          ? { [payer]: amount }
          : splitAmount(amount, { [ids[0]!]: 1, [ids[1]!]: 1 }, id);
      for (const userId of ids) {
        const paid = userId === payer ? amount : 0;
        const owed = shares[userId] ?? 0;
        if (paid || owed)
          lines.push({ expense_id: id, space_id: spaceId, user_id: userId, paid, owed });
      }
    }
    await handle.db.insertInto('expenses').values(expenses).execute();
    await handle.db.insertInto('expense_lines').values(lines).execute();
  }
  console.log(
    `[bench] ${handle.dialect}: seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return { spaceId, userId: ids[0]!, role: 'owner', memberIds: ids };
}

async function median(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 3; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function createDatabase(adminUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query('create database tandem_money_bench');
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = '/tandem_money_bench';
  return url.toString();
}

await main();
