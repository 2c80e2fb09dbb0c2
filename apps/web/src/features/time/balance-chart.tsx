import { t } from '../../lib/i18n';
import { balanceChart } from './balance-geometry';
import type { BalanceRow } from './balance-words';
import { formatHours } from './durations';

interface BalanceChartProps {
  rows: readonly BalanceRow[];
  /** Shared by every member's chart, so their bars compare. */
  scale: { hours: number; step: number };
  name: string;
  isMe: boolean;
}

/**
 * A bar per kind of time for the hours had, the wish drawn across it as an upright line. One
 * image to a screen reader, named by what it shows; the table after it has the figures. Bars
 * and lines differ in shape, not only in colour, and the legend draws both.
 */
export function BalanceChart({ rows, scale, name, isMe }: BalanceChartProps) {
  const chart = balanceChart(rows, scale);
  return (
    <>
      <svg
        className="time-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={isMe ? t('time.balance.chartLabel.me') : t('time.balance.chartLabel', { name })}
        focusable="false"
      >
        {chart.gridlines.map((line) => (
          <g key={line.hours}>
            <line
              className="time-chart__grid"
              x1={line.x}
              x2={line.x}
              y1={0}
              y2={chart.plotBottom}
            />
            <text className="time-chart__tick" x={line.x} y={chart.height - 4} textAnchor="middle">
              {t('time.duration.hours', { hours: line.hours })}
            </text>
          </g>
        ))}
        {chart.rows.map((slot, i) => {
          const row = rows[i];
          if (!row) return null;
          const kind = t(`time.kindRow.${slot.kind}`);
          const had = formatHours(row.actual);
          return (
            <g key={slot.kind}>
              <text
                className="time-chart__label"
                x={chart.labelRight}
                y={slot.labelY}
                textAnchor="end"
              >
                {kind}
              </text>
              <rect className="time-chart__had" {...slot.bar}>
                <title>
                  {row.wished === null
                    ? t('time.balance.barTitleNoWish', { kind, had })
                    : t('time.balance.barTitle', { kind, had, wished: formatHours(row.wished) })}
                </title>
              </rect>
              {slot.wish ? (
                <line
                  className="time-chart__wish"
                  x1={slot.wish.x}
                  x2={slot.wish.x}
                  y1={slot.wish.y1}
                  y2={slot.wish.y2}
                />
              ) : null}
            </g>
          );
        })}
        <line
          className="time-chart__axis"
          x1={chart.plotLeft}
          x2={chart.plotLeft}
          y1={0}
          y2={chart.plotBottom}
        />
      </svg>
      <ul className="time-legend" aria-hidden="true">
        <li>
          <svg className="time-legend__swatch" viewBox="0 0 16 12" focusable="false">
            <rect className="time-chart__had" x="1" y="2" width="14" height="8" />
          </svg>
          {t('time.balance.legendHad')}
        </li>
        <li>
          <svg className="time-legend__swatch" viewBox="0 0 16 12" focusable="false">
            <line className="time-chart__wish" x1="8" x2="8" y1="0" y2="12" />
          </svg>
          {t('time.balance.legendWished')}
        </li>
      </ul>
    </>
  );
}
