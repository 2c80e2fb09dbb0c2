import type { InsightsView } from '@tandem/shared';
import { format, t } from '../../../lib/i18n';
import { ChartGridline } from '../../../ui/chart-gridline';
import type { Series, Swatch } from './category-series';
import { monthInWords, monthShort } from './month-words';
import { amountsByMonth, spendingChart } from './spending-geometry';
import { axisAmount, monthTotals, seriesName, spendingChartLabel } from './spending-words';

interface SpendingChartProps {
  view: InsightsView;
  /** The segments bottom up, with their colours. */
  series: readonly Series[];
}

const swatchClass = (swatch: Swatch) => `insights-swatch insights-swatch--${swatch}`;

/**
 * A stacked bar per month, a segment per category. The drawing is one image to a screen reader,
 * named by what it shows; the table after it has every figure, month by category.
 */
export function SpendingChart({ view, series }: SpendingChartProps) {
  const chart = spendingChart(view, series);
  const amounts = amountsByMonth(view);
  const totals = new Map(monthTotals(view).map(({ month, total }) => [month, total]));
  const categories = series.flatMap((s) => s.categories);
  const money = (minor: number) => format.money(minor, view.currency);

  return (
    <>
      <svg
        className="insights-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={spendingChartLabel(view)}
        focusable="false"
      >
        {chart.gridlines.map((line) => (
          <ChartGridline
            key={line.amount}
            chart="insights-chart"
            left={chart.plotLeft}
            right={chart.plotRight}
            y={line.y}
          >
            {axisAmount(line.amount, view.currency)}
          </ChartGridline>
        ))}
        {chart.bars.map((bar) => (
          <g key={bar.month}>
            {bar.segments.map((segment) => (
              <rect
                key={segment.key}
                className={swatchClass(segment.swatch)}
                x={segment.x}
                y={segment.y}
                width={segment.width}
                height={segment.height}
              >
                <title>{`${seriesName(segment.key)}, ${monthInWords(bar.month)}: ${money(segment.amount)}`}</title>
              </rect>
            ))}
            {bar.labelX === null ? null : (
              <text
                className="insights-chart__label"
                x={bar.labelX}
                y={chart.labelY}
                textAnchor="middle"
              >
                {monthShort(bar.month)}
              </text>
            )}
          </g>
        ))}
        <line
          className="insights-chart__axis"
          x1={chart.plotLeft}
          x2={chart.plotRight}
          y1={chart.baseline}
          y2={chart.baseline}
        />
      </svg>
      <CategoryLegend series={series} />
      {/* Hidden by a wrapper: a table is never narrower than its figures, so hidden itself it
          would still widen the page on a phone. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('money.insights.spending.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('money.insights.month')}</th>
              {categories.map((category) => (
                <th key={category} scope="col">
                  {seriesName(category)}
                </th>
              ))}
              <th scope="col">{t('money.insights.total')}</th>
            </tr>
          </thead>
          <tbody>
            {view.months.map((month) => (
              <tr key={month}>
                <th scope="row">{monthInWords(month)}</th>
                {categories.map((category) => (
                  <td key={category}>{money(amounts.get(month)?.get(category) ?? 0)}</td>
                ))}
                <td>{money(totals.get(month) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** Which colour is which category, in the order the segments stack from the bottom up. */
function CategoryLegend({ series }: { series: readonly Series[] }) {
  return (
    <ul className="insights-legend" aria-hidden="true">
      {series.map((s) => (
        <li key={s.key}>
          <svg
            className="insights-legend__swatch"
            viewBox="0 0 12 12"
            aria-hidden="true"
            focusable="false"
          >
            <rect className={swatchClass(s.swatch)} x="1" y="1" width="10" height="10" />
          </svg>
          {seriesName(s.key)}
        </li>
      ))}
    </ul>
  );
}
