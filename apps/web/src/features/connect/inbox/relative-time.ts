import { format, locale, t } from '../../../lib/i18n';

const MINUTE_S = 60;
const HOUR_S = 60 * MINUTE_S;
const DAY_S = 24 * HOUR_S;

/**
 * How long ago something happened, the way people say it: "just now", "5 minutes ago",
 * "yesterday"; past a week, the date. A moment in the future (clocks differ) is "just now".
 */
export function relativeTime(instant: string, now: number, timeZone?: string): string {
  const ago = Math.max(0, (now - Date.parse(instant)) / 1000);
  if (ago < MINUTE_S) return t('connect.inbox.justNow');
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < HOUR_S) return words.format(-Math.floor(ago / MINUTE_S), 'minute');
  if (ago < DAY_S) return words.format(-Math.floor(ago / HOUR_S), 'hour');
  if (ago < 7 * DAY_S) return words.format(-Math.floor(ago / DAY_S), 'day');
  return format.date(instant, timeZone);
}
