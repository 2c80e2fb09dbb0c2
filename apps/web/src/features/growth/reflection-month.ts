import type { Reflection } from './growth-api';

/** "March 2026" for "2026-03", in the UI's language. */
export function monthLabel(month: string, locale: string): string {
  const [year, monthNumber] = month.split('-').map(Number);
  if (!year || !monthNumber) return month;
  // Noon UTC on the 1st, so no time zone moves it into the month before.
  return new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, monthNumber - 1, 1, 12)));
}

/** My reflection for the month asked about, if I wrote one. */
export const myReflection = (items: readonly Reflection[], myId: string, month: string) =>
  items.find((item) => item.userId === myId && item.month === month);

/** What the others chose to share (the server sends only those), newest month first. */
export const sharedByOthers = (items: readonly Reflection[], myId: string) =>
  items
    .filter((item) => item.userId !== myId && item.shared)
    .sort((a, b) => b.month.localeCompare(a.month) || b.updatedAt.localeCompare(a.updatedAt));

/** The reflection to send; undefined when nothing was written. */
export function reflectionBody(text: string, shared: boolean) {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : { text: trimmed, shared };
}
