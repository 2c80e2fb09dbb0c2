const digitsCache = new Map<string, number>();

/** How many decimals a currency's minor unit has: 2 for EUR, 0 for JPY, 3 for BHD. */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits!;
    digitsCache.set(currency, digits);
  }
  return digits;
}

/**
 * Integer minor units as an exact decimal string ("-12.05" for -1205 cents): for display through
 * Intl.NumberFormat, which formats decimal strings exactly — no float in between.
 */
export function minorToDecimal(amount: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = amount < 0 ? '-' : '';
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  return digits === 0
    ? `${sign}${text}`
    : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * Reads an amount someone typed or a bank exported — "12,50", "1.234,56", "1,234.56", "-7",
 * "1 299" — into integer minor units, with string arithmetic only. `decimal` says which mark
 * separates the decimals; left out, the last "." or "," followed by at most the currency's
 * number of decimals is taken as it. Null when it is not an amount in that currency (say, three
 * decimals for euros).
 */
export function parseAmount(text: string, currency: string, decimal?: '.' | ','): number | null {
  const digits = currencyDigits(currency);
  let value = text.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  let negative = false;
  if (/^\(.*\)$/.test(value)) {
    negative = true;
    value = value.slice(1, -1);
  }
  if (/^[-−]/.test(value)) {
    negative = true;
    value = value.slice(1);
  } else if (value.startsWith('+')) {
    value = value.slice(1);
  }
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return null;

  const mark = decimal ?? guessDecimal(value, digits);
  const [whole = '', fraction = '', ...rest] = mark ? value.split(mark) : [value];
  if (rest.length > 0 || fraction.length > digits || /[.,]/.test(fraction)) return null;
  const grouping = mark === ',' ? '.' : ',';
  // Thousands marks must group by three: "1,2,3" is not an amount.
  if (whole.includes(grouping) && !new RegExp(`^\\d{1,3}(\\${grouping}\\d{3})+$`).test(whole)) {
    return null;
  }
  const integer = whole.split(grouping).join('') || '0';
  if (/[.,]/.test(integer)) return null;
  const minor =
    BigInt(integer) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  return Number(negative ? -minor : minor) || 0;
}

function guessDecimal(value: string, digits: number): '.' | ',' | undefined {
  const last = Math.max(value.lastIndexOf('.'), value.lastIndexOf(','));
  if (last < 0 || digits === 0) return undefined;
  const after = value.length - last - 1;
  const mark = value[last] as '.' | ',';
  // Both marks: the last one separates decimals. One mark three digits from the end with more
  // digits before ("1,299") is a thousands mark unless the currency has three decimals.
  const both = value.includes('.') && value.includes(',');
  if (both) return mark;
  if (after === 3 && digits < 3 && value.indexOf(mark) === last) return undefined;
  if (value.indexOf(mark) !== last) return undefined;
  return after <= digits ? mark : undefined;
}
