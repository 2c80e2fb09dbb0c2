import type { ImportPreview } from '@tandem/shared';
import { isApiError } from '../../../lib/api/api-error';
import { format, t } from '../../../lib/i18n';

export type PreviewRow = ImportPreview['rows'][number];

/** Rows the person ticked or unticked, by line; every other row follows the suggestion. */
export type Picks = Readonly<Record<number, boolean>>;

/** Ticked unless the server suggests leaving it out (a likely duplicate, money in). */
export const isPicked = (row: PreviewRow, picks: Picks): boolean => picks[row.line] ?? !row.skip;

export const chosenLines = (rows: readonly PreviewRow[], picks: Picks): number[] =>
  rows.filter((row) => isPicked(row, picks)).map((row) => row.line);

/** Money coming in, which is imported as a refund; a Splitwise payment is not one. */
export const isMoneyIn = (row: PreviewRow): boolean =>
  !row.payment && row.amount !== null && row.amount < 0;

export interface ImportCounts {
  expenses: number;
  payments: number;
  leftOut: number;
  /** Ticked rows that cannot be imported as they are: importing now would fail. */
  wrong: number;
}

export function countsOf(rows: readonly PreviewRow[], picks: Picks): ImportCounts {
  const counts: ImportCounts = { expenses: 0, payments: 0, leftOut: 0, wrong: 0 };
  for (const row of rows) {
    if (!isPicked(row, picks)) counts.leftOut++;
    else {
      if (row.payment) counts.payments++;
      else counts.expenses++;
      if (row.error) counts.wrong++;
    }
  }
  return counts;
}

/** Unticks every row that cannot be read, keeping the person's other picks. */
export function leaveOutWrong(rows: readonly PreviewRow[], picks: Picks): Picks {
  const next: Record<number, boolean> = { ...picks };
  for (const row of rows) if (row.error) next[row.line] = false;
  return next;
}

/** "2 expenses and 1 payment", "3 expenses", "1 payment". */
export function whatInWords({ expenses, payments }: { expenses: number; payments: number }) {
  const parts = [
    expenses > 0 || payments === 0 ? t('money.import.expenses', { count: expenses }) : '',
    payments > 0 ? t('money.import.payments', { count: payments }) : '',
  ].filter(Boolean);
  return format.list(parts);
}

/** "3 to import, 1 left out". */
export function countsInWords(counts: ImportCounts): string {
  const toImport = t('money.import.preview.toImport', {
    count: counts.expenses + counts.payments,
  });
  return counts.leftOut === 0
    ? toImport
    : t('money.import.preview.counts', {
        toImport,
        leftOut: t('money.import.preview.leftOut', { count: counts.leftOut }),
      });
}

/** "Import 3 expenses and 1 payment"; with nothing ticked, what it would do then. */
export const importButtonText = (counts: ImportCounts): string =>
  counts.expenses + counts.payments === 0
    ? t('money.import.submitNone')
    : t('money.import.submit', { what: whatInWords(counts) });

/** "Imported 3 expenses and 1 payment." */
export const importedText = (result: { expenses: number; settlements: number }): string =>
  t('money.import.done', {
    what: whatInWords({ expenses: result.expenses, payments: result.settlements }),
  });

/** A line's problem said beside it, where "Line 3:" would only repeat where it is. */
export const problemBesideLine = (message: string): string => message.replace(/^Line \d+: /, '');

/** "Same as line 4" for a repeat in the file; else it matches one already in the ledger. */
export function duplicateInWords(duplicateOf: string): string {
  const line = /^line (\d+)$/.exec(duplicateOf)?.[1];
  return line
    ? t('money.import.preview.sameAsLine', { line: Number(line) })
    : t('money.import.preview.duplicate');
}

/**
 * The lines an import refused, with the server's message for each (`csv.line.3` → 3). An
 * import is all or nothing, so any of these means nothing was imported.
 */
export function errorsByLine(error: unknown): Map<number, string> {
  const lines = new Map<number, string>();
  if (!isApiError(error)) return lines;
  for (const [path, message] of Object.entries(error.fields)) {
    const line = /^csv\.line\.(\d+)$/.exec(path)?.[1];
    if (line) lines.set(Number(line), message);
  }
  return new Map([...lines].sort(([a], [b]) => a - b));
}

/**
 * A row's amount as shown: money out as it is, money in without its minus and called a
 * refund (which is what importing it makes it), a Splitwise payment called one.
 */
export function amountShown(row: PreviewRow): { text: string; tag?: string } | null {
  if (row.amount === null) return null;
  if (row.payment) {
    return { text: format.money(row.amount, row.currency), tag: t('money.import.preview.payment') };
  }
  if (isMoneyIn(row)) {
    return { text: format.money(-row.amount, row.currency), tag: t('money.import.preview.refund') };
  }
  return { text: format.money(row.amount, row.currency) };
}
