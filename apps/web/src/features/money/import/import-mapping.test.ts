import { dateFormats, parseBankDate, type ImportMapping } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import {
  columnOptions,
  columnsUsed,
  dateExample,
  dateFormatOptions,
  layoutOf,
  withAmountLayout,
} from './import-mapping';

const mapping: ImportMapping = {
  hasHeader: true,
  date: 0,
  description: 3,
  amount: 4,
  dateFormat: 'DD.MM.YYYY',
  decimal: ',',
};

describe('withAmountLayout', () => {
  it('splits one amount column into money out there and money in at the next free column', () => {
    const two = withAmountLayout(mapping, 'two', 6);
    expect(two.amount).toEqual({ out: 4, in: 5 });
    expect(layoutOf(two)).toBe('two');
  });

  it('takes an earlier free column for money in when the amount is the last one', () => {
    const last = { ...mapping, amount: 5 };
    expect(withAmountLayout(last, 'two', 6).amount).toEqual({ out: 5, in: 1 });
  });

  it('goes back to one column with money out as the signed amount', () => {
    const two = { ...mapping, amount: { out: 2, in: 5 } };
    expect(withAmountLayout(two, 'one', 6).amount).toBe(2);
    expect(layoutOf(withAmountLayout(two, 'one', 6))).toBe('one');
  });

  it('leaves a mapping already laid out so as it is', () => {
    expect(withAmountLayout(mapping, 'one', 6)).toBe(mapping);
  });
});

describe('columnOptions', () => {
  const columns = { count: 4, firstRow: ['Buchungstag', ' Betrag ', '', 'Betrag'] };

  it('names columns by the header, by place where it has no name or the same name twice', () => {
    expect(columnOptions(columns, true).map((o) => o.label)).toEqual([
      'Buchungstag',
      'Betrag (column 2)',
      'Column 3',
      'Betrag (column 4)',
    ]);
  });

  it('names them by place when the first row is not a header', () => {
    expect(columnOptions(columns, false)).toEqual([
      { value: 0, label: 'Column 1' },
      { value: 1, label: 'Column 2' },
      { value: 2, label: 'Column 3' },
      { value: 3, label: 'Column 4' },
    ]);
  });
});

describe('date formats', () => {
  it('shows each format with New Year’s Eve, which the format itself reads back', () => {
    expect(dateExample('DD.MM.YYYY')).toBe('31.12.2026');
    expect(dateExample('MM/DD/YYYY')).toBe('12/31/2026');
    expect(dateExample('DD.MM.YY')).toBe('31.12.26');
    for (const format of dateFormats) {
      expect(parseBankDate(dateExample(format), format)).toBe('2026-12-31');
    }
  });

  it('offers all six', () => {
    expect(dateFormatOptions.map((o) => o.label)).toEqual([
      '2026-12-31 (YYYY-MM-DD)',
      '31.12.2026 (DD.MM.YYYY)',
      '31/12/2026 (DD/MM/YYYY)',
      '12/31/2026 (MM/DD/YYYY)',
      '31-12-2026 (DD-MM-YYYY)',
      '31.12.26 (DD.MM.YY)',
    ]);
  });
});

describe('columnsUsed', () => {
  it('lists the columns read, with both amounts when in two', () => {
    expect(columnsUsed(mapping)).toEqual([0, 3, 4]);
    expect(columnsUsed({ ...mapping, amount: { out: 4, in: 5 } })).toEqual([0, 3, 4, 5]);
  });
});
