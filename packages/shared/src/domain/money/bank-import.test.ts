import { describe, expect, it } from 'vitest';
import { detectMapping, likelyDuplicates, mapRows, parseBankDate } from './bank-import';
import { readCsv } from './csv';
import { isSplitwiseExport, readSplitwise, splitwiseLines } from './splitwise-import';

const german =
  '\ufeffBuchungstag;Valuta;Empfänger;Verwendungszweck;Betrag;Währung\r\n' +
  '01.11.2026;01.11.2026;Hausverwaltung;"Miete November; Whg. 3";-1.200,00;EUR\r\n' +
  '03.11.2026;03.11.2026;Bäckerei Korn;Brot;-4,50;EUR\r\n' +
  '05.11.2026;05.11.2026;Arbeitgeber GmbH;Gehalt;3.100,00;EUR\r\n';

const american =
  'Posted Date,Reference Number,Payee,Address,Amount\n' +
  '11/02/2026,24431,"WHOLE FOODS, AUSTIN",TX,-84.12\n' +
  '11/15/2026,24432,SHELL OIL,TX,-41.00\n';

const debitCredit =
  'Date,Description,Debit,Credit\n2026-11-01,Rent,950.00,\n2026-11-02,Refund shop,,19.99\n';

describe('bank CSV import', () => {
  it('reads a German export: semicolons, decimal commas, day-first dates, a byte-order mark', () => {
    const { rows } = readCsv(german);
    const mapping = detectMapping(rows, 'EUR');
    expect(mapping).toMatchObject({
      hasHeader: true,
      date: 0,
      amount: 4,
      dateFormat: 'DD.MM.YYYY',
      decimal: ',',
    });
    const mapped = mapRows(rows, mapping!, 'EUR');
    expect(mapped.map((r) => [r.line, r.spentOn, r.amount, r.error])).toEqual([
      [2, '2026-11-01', 120_000, null],
      [3, '2026-11-03', 450, null],
      [4, '2026-11-05', -310_000, null],
    ]);
  });

  it('reads an American export: month-first dates, quoted commas, a reference column', () => {
    const { rows } = readCsv(american);
    const mapping = detectMapping(rows, 'USD')!;
    expect(mapping).toMatchObject({ date: 0, amount: 4, dateFormat: 'MM/DD/YYYY', decimal: '.' });
    expect(mapRows(rows, mapping, 'USD').map((r) => [r.spentOn, r.amount])).toEqual([
      ['2026-11-02', 8412],
      ['2026-11-15', 4100],
    ]);
    expect(rows[1]![2]).toBe('WHOLE FOODS, AUSTIN');
  });

  it('reads money out and money in from two columns', () => {
    const { rows } = readCsv(debitCredit);
    const mapping = detectMapping(rows, 'EUR')!;
    expect(mapping.amount).toEqual({ out: 2, in: 3 });
    expect(mapRows(rows, mapping, 'EUR').map((r) => r.amount)).toEqual([95_000, -1999]);
  });

  it('names the line of an impossible date or an unreadable amount', () => {
    const { rows } = readCsv('Date;Text;Amount\n31.02.2026;Rent;-10,00\n01.03.2026;Shop;abc\n');
    const mapping = {
      hasHeader: true,
      date: 0,
      description: 1,
      amount: 2,
      dateFormat: 'DD.MM.YYYY',
      decimal: ',',
    } as const;
    expect(mapRows(rows, mapping, 'EUR').map((r) => r.error)).toEqual([
      'Line 2: "31.02.2026" is not a date as DD.MM.YYYY.',
      'Line 3: the amount cannot be read.',
    ]);
  });

  it('finds no layout in a file without dates', () => {
    expect(detectMapping(readCsv('name,age\nAna,31\nBen,29\n').rows, 'EUR')).toBeNull();
  });

  it('flags rows that match the ledger or an earlier row', () => {
    const rows = [
      { line: 2, spentOn: '2026-11-01', amount: 450, description: 'Brot', error: null },
      { line: 3, spentOn: '2026-11-01', amount: 450, description: ' brot ', error: null },
      { line: 4, spentOn: '2026-11-02', amount: 999, description: 'Kino', error: null },
    ];
    const existing = [{ id: 'e1', spentOn: '2026-11-02', amount: 999, description: 'KINO' }];
    expect([...likelyDuplicates(rows, existing)]).toEqual([
      [3, 'line 2'],
      [4, 'e1'],
    ]);
  });

  it('reads the date formats banks use, and only real dates', () => {
    expect(parseBankDate('2026-11-05', 'YYYY-MM-DD')).toBe('2026-11-05');
    expect(parseBankDate('5.11.26', 'DD.MM.YY')).toBe('2026-11-05');
    expect(parseBankDate('29/02/2025', 'DD/MM/YYYY')).toBeNull();
    expect(parseBankDate('02/29/2028', 'MM/DD/YYYY')).toBe('2028-02-29');
  });
});

describe('Splitwise import', () => {
  const text =
    'Date,Description,Category,Cost,Currency,Alex Doe,Sam Roe\n' +
    '2026-10-01,Groceries,Groceries,25.01,EUR,12.51,-12.51\n' +
    '2026-10-02,Rent,Rent,1200.00,EUR,-400.00,400.00\n' +
    '2026-10-05,Settle up,Payment,100.00,EUR,100.00,-100.00\n' +
    '\n' +
    '2026-10-31,Total balance, , ,EUR,-287.49,287.49\n';

  it('reads each line with who lent and who borrowed, payments as settlements', () => {
    const { rows } = readCsv(text);
    expect(isSplitwiseExport(rows)).toBe(true);
    const { people, entries } = readSplitwise(rows);
    expect(people).toEqual(['Alex Doe', 'Sam Roe']);
    expect(entries.map((e) => [e.line, e.category, e.cost, e.payment, e.error])).toEqual([
      [2, 'groceries', 2501, false, null],
      [3, 'housing', 120_000, false, null],
      [4, 'other', 10_000, true, null],
    ]);
    expect(splitwiseLines(entries[0]!)).toEqual({
      paid: { 'Alex Doe': 2501 },
      owed: { 'Sam Roe': 1251, 'Alex Doe': 1250 },
    });
    expect(splitwiseLines(entries[1]!)).toEqual({
      paid: { 'Sam Roe': 120_000 },
      owed: { 'Alex Doe': 40_000, 'Sam Roe': 80_000 },
    });
    expect(splitwiseLines(entries[2]!)).toEqual({
      paid: { 'Alex Doe': 10_000 },
      owed: { 'Sam Roe': 10_000 },
    });
  });

  it('refuses a line whose amounts do not add up', () => {
    const { entries } = readSplitwise(
      readCsv(
        'Date,Description,Category,Cost,Currency,A,B\n2026-10-01,X,General,10.00,EUR,5.00,-4.00\n',
      ).rows,
    );
    expect(entries[0]!.error).toBe('Line 2: the amounts do not add up to zero.');
  });
});
