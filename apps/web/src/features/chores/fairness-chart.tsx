import type { FairnessView, Member } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { ChartGridline } from '../../ui/chart-gridline';
import { formatDuration } from './chore-minutes';
import { fairnessChart } from './fairness-geometry';
import { chartRange, periodLabel } from './fairness-words';
import { memberName } from './shares-view';

interface FairnessChartProps {
  view: FairnessView;
  /** Members in the order to show them, me first. */
  order: readonly string[];
  members: readonly Member[];
  myId: string;
}

/**
 * Planned and done time per member and period, with each fair share drawn across. The drawing
 * is one image to a screen reader, named by what it shows; the table after it has the figures.
 */
export function FairnessChart({ view, order, members, myId }: FairnessChartProps) {
  const chart = fairnessChart(view, order);
  const name = (userId: string) =>
    userId === myId ? t('chores.fairness.you') : memberName(members, userId);

  return (
    <>
      <svg
        className="fairness-chart"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        role="img"
        aria-label={t(`chores.fairness.chartLabel.${view.period}`, { range: chartRange(view) })}
        focusable="false"
      >
        {chart.panels.map((panel) => (
          <g key={panel.userId}>
            <text className="fairness-chart__name" x={chart.plotLeft} y={panel.titleY + 13}>
              {name(panel.userId)}
            </text>
            {panel.gridlines.map((line) => (
              <ChartGridline
                key={line.minutes}
                chart="fairness-chart"
                left={chart.plotLeft}
                right={chart.plotRight}
                y={line.y}
              >
                {formatDuration(line.minutes)}
              </ChartGridline>
            ))}
            <line
              className="fairness-chart__axis"
              x1={chart.plotLeft}
              x2={chart.plotRight}
              y1={panel.baseline}
              y2={panel.baseline}
            />
            {panel.slots.map((slot, index) => {
              const period = view.periods[index];
              return (
                <g key={period?.start ?? index}>
                  <rect className="fairness-chart__planned" {...slot.planned} />
                  <rect className="fairness-chart__done" {...slot.done} />
                  <line
                    className="fairness-chart__fair"
                    x1={slot.fair.x1}
                    x2={slot.fair.x2}
                    y1={slot.fair.y}
                    y2={slot.fair.y}
                  />
                  <text
                    className="fairness-chart__label"
                    x={slot.labelX}
                    y={panel.labelY}
                    textAnchor="middle"
                  >
                    {period ? periodLabel(view.period, period, 'short') : null}
                  </text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
      <FairnessLegend />
      <table className="visually-hidden">
        <caption>{t('chores.fairness.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`chores.fairness.period.${view.period}`)}</th>
            <th scope="col">{t('chores.fairness.table.person')}</th>
            <th scope="col">{t('chores.fairness.planned')}</th>
            <th scope="col">{t('chores.fairness.done')}</th>
            <th scope="col">{t('chores.fairness.fairShare')}</th>
          </tr>
        </thead>
        <tbody>
          {view.periods.flatMap((period) =>
            order.map((userId) => {
              const m = period.members.find((figures) => figures.userId === userId);
              return m ? (
                <tr key={`${period.start}-${userId}`}>
                  <th scope="row">{periodLabel(view.period, period, 'long')}</th>
                  <th scope="row">{name(userId)}</th>
                  <td>{formatDuration(m.plannedMinutes)}</td>
                  <td>{formatDuration(m.doneMinutes)}</td>
                  <td>{formatDuration(m.fairShareMinutes)}</td>
                </tr>
              ) : null;
            }),
          )}
        </tbody>
      </table>
    </>
  );
}

/** What the marks mean, drawn the same way as in the chart. */
function FairnessLegend() {
  const swatch = (mark: 'planned' | 'done' | 'fair') => (
    <svg
      className="fairness-legend__swatch"
      viewBox="0 0 16 12"
      aria-hidden="true"
      focusable="false"
    >
      {mark === 'fair' ? (
        <line className="fairness-chart__fair" x1="1" x2="15" y1="6" y2="6" />
      ) : (
        <rect className={`fairness-chart__${mark}`} x="3" y="1" width="10" height="10" />
      )}
    </svg>
  );
  return (
    <ul className="fairness-legend" aria-hidden="true">
      <li>
        {swatch('planned')}
        {t('chores.fairness.planned')}
      </li>
      <li>
        {swatch('done')}
        {t('chores.fairness.done')}
      </li>
      <li>
        {swatch('fair')}
        {t('chores.fairness.fairShare')}
      </li>
    </ul>
  );
}
