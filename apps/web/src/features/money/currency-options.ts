import { locale } from '../../lib/i18n';

export interface CurrencyOption {
  value: string;
  label: string;
}

let allCodes: readonly string[] | undefined;

/** "EUR — Euro": the code first, so typing it on a closed select finds it. */
export function currencyLabel(code: string, inLocale: string = locale): string {
  const name = new Intl.DisplayNames(inLocale, { type: 'currency', fallback: 'none' }).of(code);
  return name ? `${code} — ${name}` : code;
}

/**
 * Every currency this browser can format, by code, with `first` (the space's, the one chosen)
 * on top; a code the browser does not know is still offered when it is one of those.
 */
export function currencyOptions(
  first: readonly string[],
  inLocale: string = locale,
): CurrencyOption[] {
  allCodes ??= Intl.supportedValuesOf('currency');
  const top = [...new Set(first)];
  const rest = allCodes.filter((code) => !top.includes(code));
  return [...top, ...rest].map((code) => ({ value: code, label: currencyLabel(code, inLocale) }));
}
