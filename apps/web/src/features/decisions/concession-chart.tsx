import { format, t } from '../../lib/i18n';
import { ChartGridline } from '../../ui/chart-gridline';
import { concessionChart, CHART_DECISIONS } from './concession-geometry';
import type { LogRow } from './log-series';
import { headName, percentText, type People } from './people';

interface ConcessionChartProps {
  rows: readonly LogRow[];
  /** The members to draw, me first. */
  members: readonly string[];
  people: People;
  timeZone: string;
}

/**
 * How much each of us gave way in each decision, one small chart per person. One image to a
 * screen reader, named by what it shows; the table after it has every figure.
 */
export function ConcessionChart({ rows, members, people, timeZone }: ConcessionChartProps) {
  const chart = concessionChart(rows, members);
  const question = (decisionId: string) =>
    rows.find((row) => row.decisionId === decisionId)?.question ?? '';
  const decidedOn = (decisionId: string) => {
    const row = rows.find((r) => r.decisionId === decisionId);
    return row ? format.date(row.decidedAt, timeZone) : '';
  };
  const shown = Math.min(rows.length, CHART_DECISIONS);

  return (
    <>
      <svg
        className="decision-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={t('decide.log.chartLabel', { count: shown })}
        focusable="false"
      >
        {chart.panels.map((panel) => (
          <g key={panel.userId}>
            <text className="decision-chart__name" x={chart.plotLeft} y={panel.titleY + 13}>
              {headName(people, panel.userId)}
            </text>
            {chart.gridlines.map((line) => (
              <ChartGridline
                key={line.share}
                chart="decision-chart"
                left={chart.plotLeft}
                right={chart.plotRight}
                y={panel.plotTop + line.offset}
              >
                {percentText(line.share)}
              </ChartGridline>
            ))}
            {panel.bars.map((bar) => (
              <rect
                key={bar.decisionId}
                className="decision-chart__bar"
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
              >
                <title>{`${question(bar.decisionId)}: ${percentText(bar.share)}`}</title>
              </rect>
            ))}
            <line
              className="decision-chart__axis"
              x1={chart.plotLeft}
              x2={chart.plotRight}
              y1={panel.baseline}
              y2={panel.baseline}
            />
          </g>
        ))}
        {chart.labels.map((label) => (
          <text
            key={label.decisionId}
            className="decision-chart__label"
            x={label.x}
            y={label.y}
            textAnchor={label.anchor}
          >
            {decidedOn(label.decisionId)}
          </text>
        ))}
      </svg>
      {/* Hidden by a wrapper: a table is never narrower than its figures, so hidden itself it
          would still widen the page on a phone. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('decide.log.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('decide.log.decision')}</th>
              {members.map((userId) => (
                <th key={userId} scope="col">
                  {headName(people, userId)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.decisionId}>
                <th scope="row">
                  {t('decide.log.rowHead', {
                    question: row.question,
                    date: format.date(row.decidedAt, timeZone),
                  })}
                </th>
                {row.conceded.map((cell) => (
                  <td key={cell.userId}>
                    {cell.share === null ? t('decide.log.nothingChosen') : percentText(cell.share)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
