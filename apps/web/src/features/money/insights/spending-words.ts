import { minorToDecimal, type InsightsView } from '@tandem/shared';
import { format, locale, t } from '../../../lib/i18n';
import type { CategoryTotal, Series } from './category-series';
import { monthInWords, monthRange } from './month-words';

const axisFormats = new Map<string, Intl.NumberFormat>();

/**
 * A gridline's amount, short: "€500", "€1.5K". Gridlines fall on whole units with at most two
 * significant digits (see moneyScale), so the short form is still exact.
 */
export function axisAmount(minor: number, currency: string): string {
  let formatter = axisFormats.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' });
    axisFormats.set(currency, formatter);
  }
  return formatter.format(minorToDecimal(minor, currency) as Intl.StringNumericLiteral);
}

/** A segment's name: its category, or "Everything else" for the smallest ones together. */
export const seriesName = (key: Series['key']): string =>
  key === 'rest' ? t('money.insights.rest') : t(`money.category.${key}`);

/** What was spent in each month, all categories together (net of refunds). */
export function monthTotals(view: InsightsView): { month: string; total: number }[] {
  return view.months.map((month) => ({
    month,
    total: view.byCategory
      .filter((line) => line.month === month)
      .reduce((sum, line) => sum + line.amount, 0),
  }));
}

/** The chart's name: what it shows, over which months, and the month with the most. */
export function spendingChartLabel(view: InsightsView): string {
  const most = monthTotals(view).reduce<{ month: string; total: number } | undefined>(
    (best, month) => (best && best.total >= month.total ? best : month),
    undefined,
  );
  const range = monthRange(view.months);
  if (!most || most.total <= 0) return t('money.insights.spending.chartLabelNone', { range });
  return t('money.insights.spending.chartLabel', {
    range,
    amount: format.money(most.total, view.currency),
    month: monthInWords(most.month),
  });
}

/**
 * The one line under the chart: "Most went to Housing: €3,600.00 of €5,230.00 over 6 months."
 * Null when nothing came to more than zero (refunds only).
 */
export function mostSpentSentence(
  totals: readonly CategoryTotal[],
  months: number,
  currency: string,
): string | null {
  const top = totals[0];
  const all = totals.reduce((sum, line) => sum + line.total, 0);
  if (!top || top.total <= 0 || all <= 0) return null;
  return t('money.insights.spending.most', {
    count: months,
    category: seriesName(top.category),
    amount: format.money(top.total, currency),
    total: format.money(all, currency),
  });
}

/** Which categories "Everything else" holds, when the chart groups any: "Pets, Gifts and Fun". */
export function restSentence(series: readonly Series[]): string | null {
  const rest = series.find((s) => s.key === 'rest');
  if (!rest) return null;
  return t('money.insights.spending.restNote', {
    categories: format.list(rest.categories.map(seriesName)),
  });
}
