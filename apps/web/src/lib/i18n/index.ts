import { en } from './en';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatList,
  formatMoney,
  formatShortDay,
  formatWeekday,
} from './format';
import { translate, type MessageVars } from './translate';

/** The one shipped language; another is a `Record<MessageKey, Message>` next to `en.ts`. */
export const locale = 'en';

type English = typeof en;
export type MessageKey = keyof English;

/** No argument for a message without placeholders; otherwise exactly its variables. */
export type TranslateArgs<K extends MessageKey> = [MessageVars<English[K]>] extends [never]
  ? []
  : [vars: Record<MessageVars<English[K]>, string | number>];

/** The user-facing text for `key`. A missing key or a missing variable is a type error. */
export function t<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): string {
  return translate(en, locale, key, args[0]);
}

export const format = {
  day: (day: string, withYear = false) => formatDay(day, locale, withYear),
  shortDay: (day: string) => formatShortDay(day, locale),
  weekday: (day: string) => formatWeekday(day, locale),
  dateTime: (instant: string, timeZone?: string) => formatDateTime(instant, locale, timeZone),
  date: (instant: string, timeZone?: string) => formatDate(instant, locale, timeZone),
  list: (items: readonly string[]) => formatList(items, locale),
  money: (minor: number, currency: string) => formatMoney(minor, currency, locale),
};
