import { describe, expect, it } from 'vitest';
import { amountForField, formatMoney, readAmount } from './money-text';

describe('formatMoney', () => {
  it('formats minor units by the currency’s own decimals', () => {
    expect(formatMoney(1005, 'EUR')).toBe('€10.05');
    expect(formatMoney(-1205, 'EUR')).toBe('-€12.05');
    expect(formatMoney(123456, 'USD')).toBe('$1,234.56');
    expect(formatMoney(1234, 'JPY')).toBe('¥1,234');
    expect(formatMoney(1234, 'BHD')).toBe('BHD\u00a01.234');
    expect(formatMoney(0, 'EUR')).toBe('€0.00');
  });

  it('stays exact where a float would not', () => {
    // 999,999,999,999.99 is past what a double holds to the cent once divided.
    expect(formatMoney(99_999_999_999_999, 'EUR')).toBe('€999,999,999,999.99');
    expect(formatMoney(1_000_000_000_000, 'EUR')).toBe('€10,000,000,000.00');
  });
});

describe('readAmount', () => {
  it('reads what people type into minor units', () => {
    expect(readAmount('12,50', 'EUR')).toBe(1250);
    expect(readAmount('1,234.56', 'EUR')).toBe(123456);
    expect(readAmount(' 7 ', 'EUR')).toBe(700);
    expect(readAmount('1234', 'JPY')).toBe(1234);
  });

  it('refuses what is not an amount, and nothing or less when it must be positive', () => {
    expect(readAmount('', 'EUR')).toBeNull();
    expect(readAmount('abc', 'EUR')).toBeNull();
    expect(readAmount('1.2345', 'EUR')).toBeNull();
    expect(readAmount('0', 'EUR')).toBeNull();
    expect(readAmount('-5', 'EUR')).toBeNull();
  });

  it('takes money out with a minus sign when asked to allow it, never zero', () => {
    expect(readAmount('-5', 'EUR', { positive: false })).toBe(-500);
    expect(readAmount('0', 'EUR', { positive: false })).toBeNull();
  });

  it('reads back what an edit starts from', () => {
    for (const minor of [1, 99, 1250, 123456]) {
      expect(readAmount(amountForField(minor, 'EUR'), 'EUR')).toBe(minor);
    }
    expect(amountForField(1250, 'EUR')).toBe('12.50');
  });
});
