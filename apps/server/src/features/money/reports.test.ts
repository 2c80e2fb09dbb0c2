import { readFileSync } from 'node:fs';
import { readCsv, type Expense } from '@tandem/shared';
import { expect, it } from 'vitest';
import { describeOnEachDialect } from '../../../test/test-app';
import { createCouple, type TestClient } from '../../../test/test-client';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url), 'utf8');

describeOnEachDialect('money: import, export and insights', (harness) => {
  async function withCouple() {
    const couple = await createCouple(harness().app);
    return { ...couple, url: `/api/v1/spaces/${couple.space.id}/money` };
  }
  const ledger = async (client: TestClient, url: string) =>
    (await client.get(`${url}/expenses?limit=100`)).body.items as Expense[];

  it('previews a German bank export, then imports what was chosen, all at once', async () => {
    const { a, b, url } = await withCouple();
    const csv = fixture('bank-de.csv');
    const preview = await a.post(`${url}/import/preview`, { csv });
    expect(preview.status).toBe(200);
    expect(preview.body.kind).toBe('bank');
    expect(preview.body.mapping).toMatchObject({
      dateFormat: 'DD.MM.YYYY',
      decimal: ',',
      amount: 4,
    });
    expect(
      preview.body.rows.map((r: { amount: number; skip: boolean }) => [r.amount, r.skip]),
    ).toEqual([
      [120_000, false],
      [1450, false],
      [-310_000, true], // money in: left out unless asked for
      [8990, false],
    ]);
    expect(preview.body.rows[0].description).toBe('Miete November; Whg. 3');
    expect(await ledger(a, url)).toEqual([]); // a preview imports nothing

    const imported = await a.post(`${url}/import`, { csv, category: 'housing' });
    expect(imported.status).toBe(201);
    expect(imported.body).toEqual({ expenses: 3, settlements: 0 });
    const seen = await ledger(b, url);
    expect(seen.map((e) => [e.spentOn, e.amount, e.description])).toEqual([
      ['2026-11-07', 8990, 'Strom "Tarif Eco"'],
      ['2026-11-03', 1450, 'Brötchen, Kuchen'],
      ['2026-11-01', 120_000, 'Miete November; Whg. 3'],
    ]);

    // The same file again: every row is now a likely duplicate.
    const again = await a.post(`${url}/import/preview`, { csv });
    const flagged = again.body.rows.filter((r: { duplicateOf: string | null }) => r.duplicateOf);
    expect(flagged).toHaveLength(3);
    expect((await a.post(`${url}/import`, { csv })).status).toBe(422);
  });

  it('imports nothing from a file with an impossible date, or that is not a bank export', async () => {
    const { a, url } = await withCouple();
    const bad = await a.post(`${url}/import`, { csv: fixture('bank-bad-date.csv') });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.fields).toEqual([
      { path: 'csv.line.3', message: 'Line 3: "31.11.2026" is not a date as DD.MM.YYYY.' },
    ]);
    expect(await ledger(a, url)).toEqual([]);
    const other = await a.post(`${url}/import/preview`, { csv: fixture('not-a-bank.csv') });
    expect(other.status).toBe(422);
    expect(other.body.error.details.fields[0].path).toBe('csv');
    const unclosed = await a.post(`${url}/import/preview`, {
      csv: 'Date,Text,Amount\n2026-01-01,"open,1\n',
    });
    expect(unclosed.body.error.details.fields[0].message).toMatch(/never closed/);
  });

  it('refuses a 50 MB file with a clear error', async () => {
    const { a, url } = await withCouple();
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const response = await a.post(`${url}/import`, { csv: huge });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('payload_too_large');
    expect(await ledger(a, url)).toEqual([]);
  });

  it('imports a Splitwise export with people matched to members, payments as settlements', async () => {
    const { a, b, url } = await withCouple();
    const csv = fixture('splitwise.csv');
    const preview = (await a.post(`${url}/import/preview`, { csv })).body;
    expect(preview.kind).toBe('splitwise');
    expect(preview.people.map((p: { name: string }) => p.name)).toEqual(['Alex', 'Sam']);
    const missing = await a.post(`${url}/import`, { csv });
    expect(missing.body.error.details.fields[0].path).toBe('people');

    const people = { Alex: a.me.id, Sam: b.me.id };
    const imported = await a.post(`${url}/import`, { csv, people });
    expect(imported.body).toEqual({ expenses: 2, settlements: 1 });
    const balances = (await b.get(`${url}/balances`)).body.currencies[0].balances;
    // Splitwise said Alex −287.49 and Sam +287.49 after these lines.
    expect(
      Object.fromEntries(
        balances.map((x: { userId: string; amount: number }) => [x.userId, x.amount]),
      ),
    ).toEqual({
      [a.me.id]: -28_749,
      [b.me.id]: 28_749,
    });
  });

  it('exports the ledger as each member may see it, as CSV and JSON', async () => {
    const { a, b, url } = await withCouple();
    await a.post(`${url}/expenses`, { amount: 1234, description: 'Cinema, popcorn' });
    await a.post(`${url}/expenses`, {
      amount: 500,
      description: 'PRIVATE-SOCKS',
      privacy: 'private',
    });
    await a.post(`${url}/expenses`, {
      amount: 700,
      description: 'HIDDEN-GIFT',
      privacy: 'amount_only',
    });
    const csv = await b.get(`${url}/export.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="tandem-ledger.csv"/);
    const rows = readCsv(String(csv.body)).rows;
    expect(rows[0]).toContain('description');
    expect(rows.slice(1).map((r) => [r[2], r[4]])).toEqual([
      ['Cinema, popcorn', '12.34'],
      ['', '7.00'],
    ]);
    const json = await b.get(`${url}/export.json`);
    expect(json.body.expenses).toHaveLength(2);
    expect(JSON.stringify([csv.body, json.body])).not.toMatch(/PRIVATE-SOCKS|HIDDEN-GIFT/);
    expect((await a.get(`${url}/export.json`)).body.expenses).toHaveLength(3);
  });

  it('shows where the money goes: by category per month, and each one’s part of costs and income', async () => {
    const { a, b, url } = await withCouple();
    await a.request('PUT', `${url}/income`, { monthlyAmount: 300_000, private: false });
    await b.request('PUT', `${url}/income`, { monthlyAmount: 100_000, private: true });
    await a.post(`${url}/expenses`, { amount: 10_000, description: 'Food', category: 'groceries' });
    await a.post(`${url}/expenses`, {
      amount: 4_000,
      description: 'Rent share',
      category: 'housing',
      split: { kind: 'income' },
    });
    const insights = (await b.get(`${url}/insights?months=3`)).body;
    expect(insights.months).toHaveLength(3);
    const thisMonth = insights.months[2];
    expect(insights.byCategory.filter((c: { month: string }) => c.month === thisMonth)).toEqual(
      expect.arrayContaining([
        { month: thisMonth, category: 'groceries', amount: 10_000 },
        { month: thisMonth, category: 'housing', amount: 4_000 },
      ]),
    );
    const share = insights.shares[2].members;
    expect(share.map((m: { percentOfCosts: number }) => m.percentOfCosts)).toEqual([57.1, 42.9]);
    expect(insights.incomePercents.map((i: { percent: number }) => i.percent)).toEqual([75, 25]);
  });
});
