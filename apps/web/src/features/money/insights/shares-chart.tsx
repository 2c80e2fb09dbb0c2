import type { InsightsView, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { ChartGridline } from '../../../ui/chart-gridline';
import { monthInWords, monthShort } from './month-words';
import { sharesChart } from './shares-geometry';
import { incomeKnown, percentText, personName, sharesChartLabel } from './shares-words';

interface SharesChartProps {
  view: InsightsView;
  /** Members in the order to show them, me first. */
  order: readonly string[];
  members: readonly Member[];
  myId: string;
}

/**
 * Each member's part of the shared costs per month, with their part of the income drawn across.
 * One image to a screen reader, named by what it shows; the table after it has the figures.
 */
export function SharesChart({ view, order, members, myId }: SharesChartProps) {
  const chart = sharesChart(view, order);
  const known = incomeKnown(view);
  const name = (userId: string) => personName(members, myId, userId);
  const partIn = (month: string, userId: string) =>
    view.shares.find((s) => s.month === month)?.members.find((m) => m.userId === userId)
      ?.percentOfCosts ?? null;
  const incomeOf = (userId: string) =>
    view.incomePercents.find((i) => i.userId === userId)?.percent ?? null;

  return (
    <>
      <svg
        className="insights-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={sharesChartLabel(view)}
        focusable="false"
      >
        {chart.panels.map((panel) => (
          <g key={panel.userId}>
            <text className="insights-chart__name" x={chart.plotLeft} y={panel.titleY + 13}>
              {name(panel.userId)}
            </text>
            {chart.gridlines.map((line) => (
              <ChartGridline
                key={line.percent}
                chart="insights-chart"
                left={chart.plotLeft}
                right={chart.plotRight}
                y={panel.plotTop + line.offset}
              >
                {percentText(line.percent)}
              </ChartGridline>
            ))}
            {panel.months.map((slot) => (
              <g key={slot.month}>
                {slot.bar ? (
                  <rect
                    className="insights-shares__bar"
                    x={slot.bar.x}
                    y={slot.bar.y}
                    width={slot.bar.width}
                    height={slot.bar.height}
                  >
                    <title>{`${monthInWords(slot.month)}: ${percentText(slot.bar.percent)}`}</title>
                  </rect>
                ) : null}
                {slot.labelX === null ? null : (
                  <text
                    className="insights-chart__label"
                    x={slot.labelX}
                    y={panel.labelY}
                    textAnchor="middle"
                  >
                    {monthShort(slot.month)}
                  </text>
                )}
              </g>
            ))}
            <line
              className="insights-chart__axis"
              x1={chart.plotLeft}
              x2={chart.plotRight}
              y1={panel.baseline}
              y2={panel.baseline}
            />
            {panel.income ? (
              <line
                className="insights-shares__income"
                x1={chart.plotLeft}
                x2={chart.plotRight}
                y1={panel.income.y}
                y2={panel.income.y}
              >
                <title>{`${t('money.insights.shares.income')}: ${percentText(panel.income.percent)}`}</title>
              </line>
            ) : null}
          </g>
        ))}
      </svg>
      <SharesLegend withIncome={known} />
      {/* Hidden by a wrapper: a table is never narrower than its figures, so hidden itself it
          would still widen the page on a phone. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('money.insights.shares.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('money.insights.month')}</th>
              {order.map((userId) => (
                <th key={userId} scope="col">
                  {name(userId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.months.map((month) => (
              <tr key={month}>
                <th scope="row">{monthInWords(month)}</th>
                {order.map((userId) => {
                  const part = partIn(month, userId);
                  return (
                    <td key={userId}>
                      {part === null ? t('money.insights.shares.noCosts') : percentText(part)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('money.insights.shares.incomeRow')}</th>
              {order.map((userId) => {
                const income = incomeOf(userId);
                return (
                  <td key={userId}>
                    {income === null
                      ? t('money.insights.shares.incomeUnknown')
                      : percentText(income)}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** What the marks mean, drawn the same way as in the chart. */
function SharesLegend({ withIncome }: { withIncome: boolean }) {
  return (
    <ul className="insights-legend" aria-hidden="true">
      <li>
        <svg
          className="insights-legend__swatch"
          viewBox="0 0 12 12"
          aria-hidden="true"
          focusable="false"
        >
          <rect className="insights-shares__bar" x="1" y="1" width="10" height="10" />
        </svg>
        {t('money.insights.shares.costs')}
      </li>
      {withIncome ? (
        <li>
          <svg
            className="insights-legend__swatch insights-legend__swatch--line"
            viewBox="0 0 16 12"
            aria-hidden="true"
            focusable="false"
          >
            <line className="insights-shares__income" x1="1" x2="15" y1="6" y2="6" />
          </svg>
          {t('money.insights.shares.income')}
        </li>
      ) : null}
    </ul>
  );
}
