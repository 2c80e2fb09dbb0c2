import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyDigits, minorToDecimal, parseAmount } from './minor-units';

describe('minor units', () => {
  it('knows how many decimals each currency has', () => {
    expect([currencyDigits('EUR'), currencyDigits('JPY'), currencyDigits('BHD')]).toEqual([
      2, 0, 3,
    ]);
  });

  it('reads what people type and banks export', () => {
    const cases: [string, string, number | null][] = [
      ['12,50', 'EUR', 1250],
      ['12.5', 'EUR', 1250],
      ['1.234,56', 'EUR', 123456],
      ['1,234.56', 'USD', 123456],
      ['1 299', 'EUR', 129900],
      ['1,299', 'USD', 129900],
      ['-7', 'EUR', -700],
      ['(42.10)', 'GBP', -4210],
      ['1500', 'JPY', 1500],
      ['0,001', 'BHD', 1],
      ['12,345', 'EUR', 1234500],
      ['1.2.3', 'EUR', null],
      ['12,505', 'EUR', 1250500],
      ['12.5.0', 'EUR', null],
      ['abc', 'EUR', null],
      ['', 'EUR', null],
      ['1,2,3', 'EUR', null],
    ];
    for (const [text, currency, expected] of cases) {
      expect([text, parseAmount(text, currency)]).toEqual([text, expected]);
    }
    expect(parseAmount('12,505', 'EUR', ',')).toBeNull();
    expect(parseAmount('1.234', 'EUR', ',')).toBe(123400);
  });

  it('reads back exactly what it writes, for any amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom('EUR', 'JPY', 'BHD', 'USD'),
        (amount, currency) => {
          const text = minorToDecimal(amount, currency);
          expect(parseAmount(text, currency, '.')).toBe(amount);
          expect(parseAmount(text.replace('.', ','), currency, ',')).toBe(amount);
        },
      ),
    );
  });
});
