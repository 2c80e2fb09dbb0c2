import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatList,
  formatMoney,
  formatShortDay,
  formatWeekday,
} from './format';

describe('formatDay', () => {
  it('shows the calendar day itself, whatever the machine time zone', () => {
    expect(formatDay('2025-03-02', 'en-US')).toBe('Sunday, March 2');
    expect(formatDay('2025-03-02', 'en-GB')).toBe('Sunday 2 March');
    expect(formatDay('2024-12-31', 'en-US', true)).toBe('Tuesday, December 31, 2024');
  });
});

describe('formatShortDay and formatWeekday', () => {
  it('name the calendar day itself, in few letters or by its weekday', () => {
    expect(formatShortDay('2026-11-24', 'en-US')).toBe('Tue, Nov 24');
    expect(formatShortDay('2026-11-24', 'en-GB')).toBe('Tue 24 Nov');
    expect(formatWeekday('2026-11-28', 'en')).toBe('Saturday');
  });
});

describe('formatDateTime and formatDate', () => {
  it('render an instant in the given time zone', () => {
    const instant = '2025-01-01T23:30:00.000Z';
    expect(formatDate(instant, 'en-US', 'UTC')).toBe('Jan 1, 2025');
    expect(formatDate(instant, 'en-US', 'Asia/Tokyo')).toBe('Jan 2, 2025');
    expect(formatDateTime(instant, 'en-US', 'UTC')).toMatch(/^Jan 1, 2025.*11:30\sPM$/);
  });
});

describe('formatList', () => {
  it('joins names by the locale rules', () => {
    expect(formatList(['Sam'], 'en')).toBe('Sam');
    expect(formatList(['Sam', 'Alex'], 'en')).toBe('Sam and Alex');
    expect(formatList(['Sam', 'Alex', 'Kim'], 'en-US')).toBe('Sam, Alex, and Kim');
  });
});

describe('formatMoney', () => {
  it('shows integer minor units in the currency, with its own number of decimals', () => {
    expect(formatMoney(1250, 'EUR', 'en')).toBe('€12.50');
    expect(formatMoney(-705, 'EUR', 'en')).toBe('-€7.05');
    expect(formatMoney(0, 'USD', 'en')).toBe('$0.00');
    expect(formatMoney(1500, 'JPY', 'en')).toBe('¥1,500');
    expect(formatMoney(1234, 'BHD', 'en')).toBe('BHD\u00a01.234');
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('is exact beyond what a float holds, as it never divides', () => {
    // The largest safe integer of cents: divided by 100 as a float, it shows .90.
    expect(formatMoney(Number.MAX_SAFE_INTEGER, 'EUR', 'en')).toBe('€90,071,992,547,409.91');
  });
});
