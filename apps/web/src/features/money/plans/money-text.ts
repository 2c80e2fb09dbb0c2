import { minorToDecimal, parseAmount } from '@tandem/shared';
import { locale } from '../../../lib/i18n';

const formatters = new Map<string, Intl.NumberFormat>();

function formatterFor(currency: string): Intl.NumberFormat {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formatters.set(currency, formatter);
  }
  return formatter;
}

/**
 * Integer minor units as money text ("€1,234.50"). Intl formats the exact decimal string, so
 * no amount ever passes through a float on its way to the screen.
 */
export function formatMoney(minor: number, currency: string): string {
  // minorToDecimal gives digits with at most one sign and one point: a numeric literal.
  return formatterFor(currency).format(
    minorToDecimal(minor, currency) as Intl.StringNumericLiteral,
  );
}

/** An amount as it would be typed into a field ("1234.50"), to start an edit from. */
export function amountForField(minor: number, currency: string): string {
  return minorToDecimal(minor, currency);
}

/**
 * What someone typed, as integer minor units: null when it is not an amount in `currency`,
 * or when it is zero or below and `positive` amounts are asked for.
 */
export function readAmount(
  text: string,
  currency: string,
  { positive = true }: { positive?: boolean } = {},
): number | null {
  const minor = parseAmount(text, currency);
  if (minor === null) return null;
  if (positive ? minor <= 0 : minor === 0) return null;
  return minor;
}
