import { describe, expect, it } from 'vitest';
import { currencyLabel, currencyOptions } from './currency-options';

describe('currencyOptions', () => {
  it('puts the given currencies on top, once, then every other by code', () => {
    const options = currencyOptions(['EUR', 'USD', 'EUR'], 'en');
    expect(options.slice(0, 2).map((o) => o.value)).toEqual(['EUR', 'USD']);
    expect(options.filter((o) => o.value === 'EUR')).toHaveLength(1);
    expect(options.some((o) => o.value === 'JPY')).toBe(true);
    const rest = options.slice(2).map((o) => o.value);
    expect(rest).toEqual([...rest].sort());
  });

  it('labels each by code and name', () => {
    expect(currencyLabel('EUR', 'en')).toBe('EUR — Euro');
    expect(currencyLabel('CHF', 'en')).toBe('CHF — Swiss Franc');
  });
});
