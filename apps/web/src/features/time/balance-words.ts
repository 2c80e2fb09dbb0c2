import type { WeekView } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { durationInWords, formatHours } from './durations';
import { kindOrder, type EventKind } from './event-kinds';
import type { RelativeWeek } from './week-nav';

export type WeekMember = WeekView['members'][number];

export interface BalanceRow {
  kind: EventKind;
  /** Minutes had (or planned) that week. */
  actual: number;
  /** Minutes wished for a week; null when no wish was given for this kind. */
  wished: number | null;
}

/** A member's week, kind by kind, in the page's order. */
export function balanceRows(member: WeekMember): BalanceRow[] {
  return kindOrder.map((kind) => ({
    kind,
    actual: member.actual[kind] ?? 0,
    wished: member.wished[kind] ?? null,
  }));
}

/** Two hours more than wished is worth a word; a little more is simply having it all. */
export const NOTABLE_EXTRA_MINUTES = 120;

type Gap = { row: BalanceRow & { wished: number }; size: number };

const byLargest = (a: Gap, b: Gap) => b.size - a.size;

/** Shortfalls first, the largest first, then notable extra time, then wishes met. */
function gapsOf(rows: readonly BalanceRow[]) {
  const wished = rows.filter((row): row is Gap['row'] => row.wished !== null);
  return {
    wished,
    short: wished
      .filter((row) => row.actual < row.wished)
      .map((row) => ({ row, size: row.wished - row.actual }))
      .sort(byLargest),
    over: wished
      .filter((row) => row.actual - row.wished >= NOTABLE_EXTRA_MINUTES)
      .map((row) => ({ row, size: row.actual - row.wished }))
      .sort(byLargest),
    met: wished
      .filter((row) => row.wished > 0 && row.actual >= row.wished)
      .filter((row) => row.actual - row.wished < NOTABLE_EXTRA_MINUTES)
      .map((row) => ({ row, size: row.wished }))
      .sort(byLargest),
  };
}

export interface Person {
  name: string;
  isMe: boolean;
}

/**
 * One or two sentences naming a member's biggest gaps between the time they had and the time
 * they wished for, as information, never as blame: "Alex had 2 h together of the 10 h they
 * wished for this week." A gap is named before a wish met; with no gap, what went as wished.
 */
export function balanceSentences(
  member: WeekMember,
  person: Person,
  week: RelativeWeek | undefined,
): string[] {
  const me = person.isMe ? '.me' : '';
  const { wished, short, over, met } = gapsOf(balanceRows(member));
  if (wished.length === 0) return [t(`time.gap.noWishes${me}`, { name: person.name })];
  const when = t(`time.gap.week.${week ?? 'other'}`);
  const say = (gap: Gap, type: 'short' | 'over' | 'met') =>
    t(`time.gap.${type}.${gap.row.kind}${me}`, {
      name: person.name,
      actual: durationInWords(gap.row.actual),
      wished: formatHours(gap.row.wished),
      extra: formatHours(gap.size),
      week: when,
    });

  const gaps = [
    ...short.map((gap) => say(gap, 'short')),
    ...over.map((gap) => say(gap, 'over')),
  ].slice(0, 2);
  if (gaps.length === 0 && met.length !== 1) {
    return [t(`time.gap.allMet${me}`, { name: person.name, week: when })];
  }
  const firstMet = met[0];
  if (gaps.length < 2 && firstMet) gaps.push(say(firstMet, 'met'));
  return gaps;
}
