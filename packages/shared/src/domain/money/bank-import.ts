import { parseAmount } from './minor-units';

export const dateFormats = [
  'YYYY-MM-DD',
  'DD.MM.YYYY',
  'DD/MM/YYYY',
  'MM/DD/YYYY',
  'DD-MM-YYYY',
  'DD.MM.YY',
] as const;
export type DateFormat = (typeof dateFormats)[number];

/** Which column holds what, and how its values are written. Columns count from 0. */
export interface ImportMapping {
  hasHeader: boolean;
  date: number;
  description: number;
  /** One signed amount column, or money out and money in in two columns. */
  amount: number | { out: number; in: number };
  dateFormat: DateFormat;
  decimal: '.' | ',';
}

/** A calendar day (YYYY-MM-DD) from a bank's date, or null when it is not one in that format. */
export function parseBankDate(value: string, format: DateFormat): string | null {
  const text = value.trim();
  const patterns: Record<DateFormat, [RegExp, (m: string[]) => [string, string, string]]> = {
    'YYYY-MM-DD': [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => [m[1]!, m[2]!, m[3]!]],
    'DD.MM.YYYY': [/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, (m) => [m[3]!, m[2]!, m[1]!]],
    'DD/MM/YYYY': [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => [m[3]!, m[2]!, m[1]!]],
    'MM/DD/YYYY': [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => [m[3]!, m[1]!, m[2]!]],
    'DD-MM-YYYY': [/^(\d{1,2})-(\d{1,2})-(\d{4})$/, (m) => [m[3]!, m[2]!, m[1]!]],
    'DD.MM.YY': [/^(\d{1,2})\.(\d{1,2})\.(\d{2})$/, (m) => [`20${m[3]!}`, m[2]!, m[1]!]],
  };
  const [pattern, parts] = patterns[format];
  const match = pattern.exec(text);
  if (!match) return null;
  const [year, month, day] = parts(match);
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  // 31.02. is not a date: the calendar must give back the same day.
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  return iso >= '1900-01-01' && iso <= '2999-12-31' ? iso : null;
}

const headerWords = {
  date: /date|datum|buchung|fecha|data|valuta|booked|posted/i,
  // What it was for reads better than who was paid, when a bank gives both.
  description: /desc|zweck|memo|details|concepto|libell|reference|text/i,
  payee: /payee|empf|name|beguenstigt|counterpart/i,
  amount: /amount|betrag|importe|montant|value|sum/i,
  out: /debit|soll|withdraw|out|ausgang|paid out/i,
  in: /credit|haben|deposit|in$|eingang|paid in/i,
};

/**
 * Guesses how a bank's export is laid out from its rows: which row is a header, which column
 * is the date (and its format), the amount (and its decimal mark) and the description. The
 * person checks the guess in a preview before anything is imported.
 */
export function detectMapping(rows: string[][], currency: string): ImportMapping | null {
  if (rows.length === 0) return null;
  const width = Math.max(...rows.map((r) => r.length));
  const first = rows[0]!;
  const body = rows.slice(1, 51);
  const sample = body.length > 0 ? body : rows;
  const share = (column: number, test: (value: string) => boolean) => {
    const values = sample.map((r) => r[column] ?? '').filter((v) => v.trim() !== '');
    return values.length === 0 ? 0 : values.filter(test).length / values.length;
  };

  let best: { column: number; format: DateFormat; score: number } | null = null;
  for (let column = 0; column < width; column++) {
    for (const format of dateFormats) {
      const score = share(column, (v) => parseBankDate(v, format) !== null);
      // Ties go to the earlier format: ISO first, then day-first before month-first.
      // Half the rows at least, so a file with a wrong date still shows where it is wrong.
      if (score >= 0.5 && (!best || score > best.score)) best = { column, format, score };
    }
  }
  if (!best) return null;
  const dateColumn = best.column;
  const decimal = guessDecimal(sample.flatMap((r) => r.filter((_, i) => i !== dateColumn)));
  const isAmount = (v: string) => /\d/.test(v) && parseAmount(v, currency, decimal) !== null;
  const candidates = Array.from({ length: width }, (_, c) => c).filter((c) => c !== dateColumn);
  const header = (c: number) => first[c] ?? '';
  const headerOf = (pattern: RegExp) => candidates.find((c) => pattern.test(header(c)));

  const out = headerOf(headerWords.out);
  const into = headerOf(headerWords.in);
  let amount: ImportMapping['amount'] | undefined =
    out !== undefined && into !== undefined && out !== into ? { out, in: into } : undefined;
  if (!amount) {
    const named = headerOf(headerWords.amount);
    amount =
      named !== undefined && share(named, isAmount) > 0.8
        ? named
        : candidates
            .filter((c) => share(c, isAmount) > 0.8)
            // The money column has decimals more often than a reference number does.
            .sort((x, y) => share(y, hasDecimals) - share(x, hasDecimals) || x - y)[0];
  }
  if (amount === undefined) return null;
  const used = typeof amount === 'number' ? [amount] : [amount.out, amount.in];
  const textual = candidates.filter((c) => !used.includes(c));
  const description =
    headerOf(headerWords.description) ??
    headerOf(headerWords.payee) ??
    textual.sort((x, y) => averageLength(sample, y) - averageLength(sample, x) || x - y)[0] ??
    dateColumn;
  return {
    hasHeader: parseBankDate(first[dateColumn] ?? '', best.format) === null,
    date: dateColumn,
    description: used.includes(description) ? (textual[0] ?? dateColumn) : description,
    amount,
    dateFormat: best.format,
    decimal,
  };
}

const hasDecimals = (v: string) => /[.,]\d{1,2}\s*$/.test(v.trim());

function guessDecimal(values: string[]): '.' | ',' {
  let comma = 0;
  let point = 0;
  for (const value of values) {
    if (/\d,\d{1,2}\s*$/.test(value)) comma++;
    if (/\d\.\d{1,2}\s*$/.test(value)) point++;
  }
  return comma > point ? ',' : '.';
}

const averageLength = (rows: string[][], column: number) =>
  rows.reduce((s, r) => s + (r[column]?.length ?? 0), 0) / Math.max(1, rows.length);

export interface ImportedRow {
  /** The line in the file, counting from 1, for messages. */
  line: number;
  spentOn: string | null;
  /** Money out as a positive expense, money in as a negative one (a refund); minor units. */
  amount: number | null;
  description: string;
  error: string | null;
}

/** The rows a mapping reads from the file, each with what is wrong with it, if anything. */
export function mapRows(rows: string[][], mapping: ImportMapping, currency: string): ImportedRow[] {
  const body = mapping.hasHeader ? rows.slice(1) : rows;
  const offset = mapping.hasHeader ? 2 : 1;
  return body.map((row, index) => {
    const cell = (column: number) => (row[column] ?? '').trim();
    const spentOn = parseBankDate(cell(mapping.date), mapping.dateFormat);
    let amount: number | null;
    if (typeof mapping.amount === 'number') {
      const signed = parseAmount(cell(mapping.amount), currency, mapping.decimal);
      amount = signed === null ? null : -signed || 0;
    } else {
      const out = cell(mapping.amount.out);
      const into = cell(mapping.amount.in);
      const paid = out ? parseAmount(out, currency, mapping.decimal) : 0;
      const received = into ? parseAmount(into, currency, mapping.decimal) : 0;
      amount = paid === null || received === null ? null : Math.abs(paid) - Math.abs(received);
    }
    const description = cell(mapping.description).slice(0, 200) || '(no description)';
    const error = !spentOn
      ? `Line ${index + offset}: "${cell(mapping.date)}" is not a date as ${mapping.dateFormat}.`
      : amount === null
        ? `Line ${index + offset}: the amount cannot be read.`
        : amount === 0
          ? `Line ${index + offset}: the amount is zero.`
          : null;
    return { line: index + offset, spentOn, amount, description, error };
  });
}

/**
 * Rows that look like one already in the ledger, or like an earlier row of the same file: the
 * same day and amount, and the same description once case and spacing are ignored.
 */
export function likelyDuplicates(
  rows: ImportedRow[],
  existing: { id: string; spentOn: string; amount: number; description: string | null }[],
): Map<number, string> {
  const key = (spentOn: string | null, amount: number | null, description: string | null) =>
    `${spentOn}|${amount}|${(description ?? '').toLowerCase().replace(/\s+/g, ' ').trim()}`;
  const seen = new Map(existing.map((e) => [key(e.spentOn, e.amount, e.description), e.id]));
  const duplicates = new Map<number, string>();
  for (const row of rows) {
    const k = key(row.spentOn, row.amount, row.description);
    const match = seen.get(k);
    if (match) duplicates.set(row.line, match);
    else seen.set(k, `line ${row.line}`);
  }
  return duplicates;
}
