import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error';
import {
  amountShown,
  chosenLines,
  countsInWords,
  countsOf,
  duplicateInWords,
  errorsByLine,
  importButtonText,
  importedText,
  isPicked,
  leaveOutWrong,
  problemBesideLine,
  type PreviewRow,
} from './import-rows';

const row = (overrides: Partial<PreviewRow> = {}): PreviewRow => ({
  line: 2,
  spentOn: '2026-11-01',
  amount: 120_000,
  currency: 'EUR',
  description: 'Miete',
  payment: false,
  error: null,
  duplicateOf: null,
  skip: false,
  ...overrides,
});

// The German bank fixture: rent, bread, wages (money in, left out), electricity; one bad date.
const rows = [
  row({ line: 2 }),
  row({ line: 3, amount: 1450, description: 'Brötchen' }),
  row({ line: 4, amount: -310_000, description: 'Gehalt', skip: true }),
  row({ line: 5, spentOn: null, error: 'Line 5: "31.11.2026" is not a date as DD.MM.YYYY.' }),
];

describe('picks', () => {
  it('follow the server’s suggestion until the person ticks or unticks a row', () => {
    expect(chosenLines(rows, {})).toEqual([2, 3, 5]);
    expect(chosenLines(rows, { 3: false, 4: true })).toEqual([2, 4, 5]);
    expect(isPicked(rows[2]!, {})).toBe(false);
  });

  it('keep a row in error ticked, so it is plain that importing would fail', () => {
    expect(countsOf(rows, {})).toEqual({ expenses: 3, payments: 0, leftOut: 1, wrong: 1 });
  });

  it('leave out every row in error at once, keeping the other picks', () => {
    const picks = leaveOutWrong(rows, { 4: true });
    expect(chosenLines(rows, picks)).toEqual([2, 3, 4]);
  });
});

describe('words', () => {
  it('count what is imported and what is left out', () => {
    expect(countsInWords(countsOf(rows, {}))).toBe('3 to import, 1 left out');
    expect(countsInWords(countsOf(rows, { 4: true }))).toBe('4 to import');
  });

  it('say on the button how many expenses and payments go in', () => {
    expect(importButtonText({ expenses: 23, payments: 0, leftOut: 2, wrong: 0 })).toBe(
      'Import 23 expenses',
    );
    expect(importButtonText({ expenses: 1, payments: 0, leftOut: 0, wrong: 0 })).toBe(
      'Import 1 expense',
    );
    expect(importButtonText({ expenses: 2, payments: 1, leftOut: 0, wrong: 0 })).toBe(
      'Import 2 expenses and 1 payment',
    );
    expect(importButtonText({ expenses: 0, payments: 2, leftOut: 0, wrong: 0 })).toBe(
      'Import 2 payments',
    );
    expect(importButtonText({ expenses: 0, payments: 0, leftOut: 4, wrong: 0 })).toBe(
      'Import the ticked rows',
    );
  });

  it('say what was imported, a settlement being a payment', () => {
    expect(importedText({ expenses: 23, settlements: 1 })).toBe(
      'Imported 23 expenses and 1 payment.',
    );
    expect(importedText({ expenses: 3, settlements: 0 })).toBe('Imported 3 expenses.');
  });

  it('tell a repeat within the file from one already in the ledger', () => {
    expect(duplicateInWords('line 4')).toBe('Same as line 4');
    expect(duplicateInWords('0190a1b2-0000-7000-8000-000000000001')).toBe(
      'Looks like one you already have',
    );
  });
});

describe('amountShown', () => {
  it('shows money out as it is, exactly', () => {
    expect(amountShown(row({ amount: 99_999_999_999_999 }))).toEqual({
      text: '€999,999,999,999.99',
    });
  });

  it('shows money in without its minus, as the refund it would become', () => {
    expect(amountShown(row({ amount: -310_000 }))).toEqual({ text: '€3,100.00', tag: 'refund' });
  });

  it('calls a Splitwise payment one, and shows nothing for an amount that cannot be read', () => {
    expect(amountShown(row({ amount: 10_000, payment: true }))?.tag).toBe('payment');
    expect(amountShown(row({ amount: null }))).toBeNull();
  });
});

describe('problemBesideLine', () => {
  it('drops the line number the row already shows, and only that', () => {
    expect(problemBesideLine('Line 3: "31.11.2026" is not a date as DD.MM.YYYY.')).toBe(
      '"31.11.2026" is not a date as DD.MM.YYYY.',
    );
    expect(problemBesideLine('The amount is zero. Line 3: no')).toBe(
      'The amount is zero. Line 3: no',
    );
  });
});

describe('errorsByLine', () => {
  it('reads the lines an import refused, in order, ignoring other fields', () => {
    const error = new ApiError(422, 'validation_failed', 'Invalid.', {
      'csv.line.12': 'Line 12: the amount cannot be read.',
      'csv.line.3': 'Line 3: "31.11.2026" is not a date as DD.MM.YYYY.',
      people: 'Say which member "Sam" is.',
    });
    expect([...errorsByLine(error)]).toEqual([
      [3, 'Line 3: "31.11.2026" is not a date as DD.MM.YYYY.'],
      [12, 'Line 12: the amount cannot be read.'],
    ]);
  });

  it('finds none in an error that names no line, or is not the server’s', () => {
    expect(errorsByLine(new ApiError(0, 'network', 'Offline.')).size).toBe(0);
    expect(errorsByLine(new Error('no')).size).toBe(0);
  });
});
