import type { InsightsView, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { nameOf } from '../people';
import { monthInWords, monthRange } from './month-words';

/** "40%", "57.1%": a part as the server rounded it, to a tenth. */
export const percentText = (value: number): string => t('money.insights.percent', { value });

/** A member at the head of a row or a panel: "You" for me, everyone else by name. */
export const personName = (members: readonly Member[], myId: string, userId: string): string =>
  userId === myId ? t('money.insights.you') : nameOf(members, userId);

/** Whether everyone's part of the income is known: the server gives none until all are. */
export const incomeKnown = (view: InsightsView): boolean =>
  view.incomePercents.length > 0 && view.incomePercents.every((i) => i.percent !== null);

/** A month of the shares, and how a sentence about it says when it was. */
export interface SpokenMonth {
  month: string;
  when: 'last' | 'current' | 'earlier';
}

const hasCosts = (view: InsightsView, month: string | undefined) =>
  view.shares.find((s) => s.month === month)?.members.some((m) => m.percentOfCosts !== null) ??
  false;

/**
 * The month the words are about: last month, settled, when it had shared costs; else this month
 * so far; else the latest one that had any. Null when none did.
 */
export function spokenMonth(view: InsightsView): SpokenMonth | null {
  const current = view.months.at(-1);
  const last = view.months.length > 1 ? view.months.at(-2) : undefined;
  if (last && hasCosts(view, last)) return { month: last, when: 'last' };
  if (current && hasCosts(view, current)) return { month: current, when: 'current' };
  const earlier = view.months.slice(0, -2).findLast((month) => hasCosts(view, month));
  return earlier ? { month: earlier, when: 'earlier' } : null;
}

function whenInWords({ month, when }: SpokenMonth): string {
  switch (when) {
    case 'last':
      return t('money.insights.when.last');
    case 'current':
      return t('money.insights.when.current');
    case 'earlier':
      return t('money.insights.when.earlier', { month: monthInWords(month) });
  }
}

/**
 * Each member's part of the costs in plain words, next to their part of the income when it is
 * known: "Sam carried 40% of the shared costs last month and earns 25% of the household’s
 * income." Facts side by side, no verdict: whether the two should match is the couple's choice.
 */
export function shareSentences(
  view: InsightsView,
  order: readonly string[],
  members: readonly Member[],
  myId: string,
): string[] {
  const spoken = spokenMonth(view);
  if (!spoken) return [];
  const when = whenInWords(spoken);
  const inMonth = view.shares.find((s) => s.month === spoken.month)?.members ?? [];
  return order.flatMap((userId) => {
    const cost = inMonth.find((m) => m.userId === userId)?.percentOfCosts ?? null;
    if (cost === null) return [];
    const income = view.incomePercents.find((i) => i.userId === userId)?.percent ?? null;
    const vars = { cost: percentText(cost), when };
    const you = userId === myId;
    if (income === null) {
      return you
        ? [t('money.insights.shares.costOnly.you', vars)]
        : [t('money.insights.shares.costOnly', { ...vars, name: nameOf(members, userId) })];
    }
    const withIncome = { ...vars, income: percentText(income) };
    return you
      ? [t('money.insights.shares.withIncome.you', withIncome)]
      : [t('money.insights.shares.withIncome', { ...withIncome, name: nameOf(members, userId) })];
  });
}

/** The chart's name: what it shows and over which months; the income line only when drawn. */
export const sharesChartLabel = (view: InsightsView): string =>
  t(
    incomeKnown(view)
      ? 'money.insights.shares.chartLabel'
      : 'money.insights.shares.chartLabelNoIncome',
    { range: monthRange(view.months) },
  );
