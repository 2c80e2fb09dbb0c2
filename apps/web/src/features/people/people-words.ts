import { daysBetween } from '@tandem/shared';
import { locale, t } from '../../lib/i18n';

type Unit = 'days' | 'weeks' | 'months' | 'years';
interface Span {
  unit: Unit;
  count: number;
}

/**
 * How long it has been, the way people say it: days up to two weeks, then weeks up to two
 * months, then months — "5 weeks", not "37 days".
 */
function spanOf(days: number): Span {
  if (days < 14) return { unit: 'days', count: days };
  if (days < 60) return { unit: 'weeks', count: Math.floor(days / 7) };
  return { unit: 'months', count: Math.floor(days / 30) };
}

/** A wish in the largest unit it is a whole number of. */
function wishSpan(everyDays: number): Span {
  if (everyDays % 365 === 0) return { unit: 'years', count: everyDays / 365 };
  if (everyDays % 30 === 0) return { unit: 'months', count: everyDays / 30 };
  if (everyDays % 7 === 0) return { unit: 'weeks', count: everyDays / 7 };
  return { unit: 'days', count: everyDays };
}

function spanWords({ unit, count }: Span): string {
  switch (unit) {
    case 'days':
      return t('people.days', { count });
    case 'weeks':
      return t('people.weeks', { count });
    case 'months':
    case 'years':
      return t('people.months', { count: unit === 'years' ? count * 12 : count });
  }
}

export const durationWords = (days: number) => spanWords(spanOf(days));

/** A wish in words: "every week", "every 3 weeks", "every 10 days", "every month". */
export function wishWords(everyDays: number): string {
  const { unit, count } = wishSpan(everyDays);
  const once = count === 1;
  switch (unit) {
    case 'years':
      return once ? t('people.wish.yearly') : t('people.wish.years', { count });
    case 'months':
      return once ? t('people.wish.monthly') : t('people.wish.months', { count });
    case 'weeks':
      return once ? t('people.wish.weekly') : t('people.wish.weeks', { count });
    case 'days':
      return once ? t('people.wish.daily') : t('people.wish.days', { count });
  }
}

/**
 * "It’s been 5 weeks — you’d like every 3 weeks." Where rounding down would make it sound no
 * longer than the wish ("2 weeks — every 2 weeks" after 20 days), it is said in days.
 */
export function overdueWords(daysSince: number, everyDays: number): string {
  const since = spanOf(daysSince);
  const wish = wishSpan(everyDays);
  const blurred = since.unit === wish.unit && since.count <= wish.count;
  return t('people.overdue', {
    since: spanWords(blurred ? { unit: 'days', count: daysSince } : since),
    wish: wishWords(everyDays),
  });
}

/** "today", "yesterday", "3 weeks ago" — a day seen from `today`. */
export function whenWords(day: string, today: string): string {
  const days = Math.max(0, daysBetween(day, today));
  if (days === 0) return t('people.when.today');
  if (days === 1) return t('people.when.yesterday');
  return t('people.when.ago', { duration: durationWords(days) });
}

/** The wishes offered in the form; a wish set some other way is offered too, in its place. */
export const wishPresets = [7, 14, 21, 30, 60, 90, 180, 365] as const;

export function wishChoices(current: number | null): number[] {
  const choices: number[] = [...wishPresets];
  if (current !== null && !choices.includes(current)) choices.push(current);
  return choices.sort((a, b) => a - b);
}

/** A phrase made to start a sentence or a list item ("every week" → "Every week"). */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
