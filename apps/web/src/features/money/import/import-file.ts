import { CsvError, IMPORT_MAX_BYTES, readCsv } from '@tandem/shared';
import { locale, t } from '../../../lib/i18n';

const MEGABYTE = 1024 * 1024;

/** A file's size as people read it ("7.2 MB"); a size, not money, so a float is fine. */
export function megabytes(bytes: number): string {
  const size = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(
    Math.max(0.1, bytes / MEGABYTE),
  );
  return t('money.import.megabytes', { size });
}

/**
 * Why a chosen file cannot be sent, before it is read: empty, or past what the server takes
 * (checked here, so no one waits for 5 MB to upload only to be told it is too much).
 */
export function fileProblem(size: number): string | undefined {
  if (size === 0) return t('money.import.file.empty');
  if (size > IMPORT_MAX_BYTES) {
    return t('money.import.file.tooBig', {
      size: megabytes(size),
      max: megabytes(IMPORT_MAX_BYTES),
    });
  }
  return undefined;
}

/** How many columns a file has, and its first row: the names of the columns when a header. */
export interface FileColumns {
  count: number;
  firstRow: readonly string[];
}

/**
 * The columns of a CSV file, read the way the server reads it, so the column choices match
 * the preview. Null when it cannot be read at all: the preview then says why.
 */
export function columnsOf(csv: string): FileColumns | null {
  let rows: string[][];
  try {
    rows = readCsv(csv).rows;
  } catch (error) {
    if (error instanceof CsvError) return null;
    throw error;
  }
  const count = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  return count === 0 ? null : { count, firstRow: rows[0] ?? [] };
}
