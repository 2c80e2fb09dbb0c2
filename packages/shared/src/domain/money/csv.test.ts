import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, writeCsv } from './csv';

describe('readCsv', () => {
  it('reads a semicolon export with a byte-order mark, quoted fields and CRLF', () => {
    const text =
      '\ufeffBuchungstag;Verwendungszweck;Betrag\r\n' +
      '01.11.2026;"Miete; November";-1.200,00\r\n' +
      '03.11.2026;"Bäcker ""Korn""";-4,50\r\n\r\n';
    expect(readCsv(text)).toEqual({
      delimiter: ';',
      rows: [
        ['Buchungstag', 'Verwendungszweck', 'Betrag'],
        ['01.11.2026', 'Miete; November', '-1.200,00'],
        ['03.11.2026', 'Bäcker "Korn"', '-4,50'],
      ],
    });
  });

  it('keeps commas and line breaks inside quotes', () => {
    const text = 'Date,Description,Amount\n2026-11-01,"Dinner, with\nfriends",-42.10\n';
    expect(readCsv(text).rows[1]).toEqual(['2026-11-01', 'Dinner, with\nfriends', '-42.10']);
    expect(readCsv(text).delimiter).toBe(',');
  });

  it('detects tabs and refuses a quote that never closes', () => {
    expect(readCsv('a\tb\tc\n1\t2\t3\n').delimiter).toBe('\t');
    expect(() => readCsv('a,b\n"1,2\n', ',')).toThrow(/never closed/);
  });

  it('reads back whatever it writes', () => {
    const cell = fc.string().filter((s) => !/^[=+\-@]/.test(s));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          // Rows that are entirely blank are skipped on reading, as in a bank export.
          const expected = table.filter((r) => r.length > 1 || r[0]!.trim() !== '');
          expect(readCsv(writeCsv(table), ',').rows).toEqual(expected);
        },
      ),
    );
  });

  it('keeps a spreadsheet from running a description as a formula', () => {
    expect(writeCsv([['=HYPERLINK("x")', -5]])).toBe(`"'=HYPERLINK(""x"")",-5\r\n`);
  });
});
