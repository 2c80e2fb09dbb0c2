import { dateFormats, type DateFormat, type ImportMapping } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import type { FileColumns } from './import-file';

/** One signed amount column, or money out and money in in two. */
export type AmountLayout = 'one' | 'two';

export const layoutOf = (mapping: ImportMapping): AmountLayout =>
  typeof mapping.amount === 'number' ? 'one' : 'two';

const columnsUpTo = (count: number) => Array.from({ length: count }, (_, column) => column);

/**
 * The mapping with its amount in one column or in two. From one to two, money out stays where
 * the amount was and money in is the next column not already used; from two to one, the
 * money-out column becomes the signed amount.
 */
export function withAmountLayout(
  mapping: ImportMapping,
  layout: AmountLayout,
  columnCount: number,
): ImportMapping {
  const { amount } = mapping;
  if (layout === 'one') {
    return typeof amount === 'number' ? mapping : { ...mapping, amount: amount.out };
  }
  if (typeof amount !== 'number') return mapping;
  const taken = [mapping.date, mapping.description, amount];
  const free = columnsUpTo(columnCount).filter((column) => !taken.includes(column));
  const into = free.find((column) => column > amount) ?? free[0] ?? amount;
  return { ...mapping, amount: { out: amount, in: into } };
}

export interface ColumnOption {
  value: number;
  label: string;
}

/**
 * A choice for each column: named by the header when the first row is one ("Betrag"), else
 * by its place ("Column 3"); a name the header uses twice gets its place as well.
 */
export function columnOptions(columns: FileColumns, hasHeader: boolean): ColumnOption[] {
  const names = columnsUpTo(columns.count).map((column) =>
    hasHeader ? (columns.firstRow[column] ?? '').trim() : '',
  );
  return names.map((name, column) => {
    const number = column + 1;
    let label = t('money.import.columns.column', { number });
    if (name !== '') {
      const shared = names.filter((other) => other === name).length > 1;
      label = shared ? t('money.import.columns.namedColumn', { name, number }) : name;
    }
    return { value: column, label };
  });
}

/** New Year's Eve in a date format ("31.12.2026"): the example that tells day from month. */
export function dateExample(format: DateFormat): string {
  return format.replace('YYYY', '2026').replace('YY', '26').replace('MM', '12').replace('DD', '31');
}

export const dateFormatOptions = dateFormats.map((format) => ({
  value: format,
  label: t('money.import.columns.dateFormat.option', { example: dateExample(format), format }),
}));

export const isDateFormat = (value: string): value is DateFormat =>
  (dateFormats as readonly string[]).includes(value);

/** The columns a mapping reads: a file needs at least one more than the highest. */
export function columnsUsed(mapping: ImportMapping): number[] {
  const amounts =
    typeof mapping.amount === 'number' ? [mapping.amount] : [mapping.amount.out, mapping.amount.in];
  return [mapping.date, mapping.description, ...amounts];
}
