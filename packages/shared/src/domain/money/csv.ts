/** CSV as banks write it: comma, semicolon, tab or pipe; quoted fields; a byte-order mark. */
export type Delimiter = ',' | ';' | '\t' | '|';

const delimiters: Delimiter[] = [',', ';', '\t', '|'];

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads CSV text (RFC 4180: fields quoted with ", a quote inside doubled, line breaks inside
 * quotes kept), after dropping a byte-order mark. The delimiter is the one that splits the
 * first lines into the same number of fields most often, unless given. Blank lines are skipped.
 */
export function readCsv(
  text: string,
  delimiter?: Delimiter,
): { delimiter: Delimiter; rows: string[][] } {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const chosen = delimiter ?? detectDelimiter(body);
  return { delimiter: chosen, rows: parseRows(body, chosen) };
}

function detectDelimiter(text: string): Delimiter {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 };
  for (const delimiter of delimiters) {
    let rows: string[][];
    try {
      rows = parseRows(sample, delimiter).slice(0, 20);
    } catch {
      continue;
    }
    // The last sampled line may be cut short: judge by the ones before it.
    const judged = rows.length > 2 ? rows.slice(0, -1) : rows;
    const width = judged[0]?.length ?? 0;
    if (width < 2) continue;
    const consistent = judged.filter((row) => row.length === width).length;
    const score = consistent * 100 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function parseRows(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let i = 0;
  const endRow = () => {
    row.push(field);
    if (row.length > 1 || row[0]!.trim() !== '') rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
      i++;
      continue;
    }
    if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      endRow();
      if (char === '\r' && text[i + 1] === '\n') i++;
      line++;
    } else {
      field += char;
    }
    i++;
  }
  if (quoted) throw new CsvError(line, `A quoted field is never closed (from line ${line}).`);
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/** Writes CSV that spreadsheets read back: quoted where needed, CRLF line ends. */
export function writeCsv(rows: (string | number)[][]): string {
  const cell = (value: string | number) => {
    const text = String(value);
    // A leading =, +, - or @ would run as a formula in a spreadsheet: quote and mark it as text.
    const guarded = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
    return /[",\r\n;]/.test(guarded) || guarded !== text
      ? `"${guarded.replaceAll('"', '""')}"`
      : guarded;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
