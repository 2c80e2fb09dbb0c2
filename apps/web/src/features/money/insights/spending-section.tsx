import type { InsightsView } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { categoryTotals, chartSeries } from './category-series';
import { SpendingChart } from './spending-chart';
import { mostSpentSentence, restSentence } from './spending-words';

/** What the household spent on, month by month, and the category most of it went to. */
export function SpendingSection({ view }: { view: InsightsView }) {
  const totals = categoryTotals(view.byCategory);
  const series = chartSeries(totals);
  const most = mostSpentSentence(totals, view.months.length, view.currency);
  const rest = restSentence(series);

  return (
    <section className="card section" aria-labelledby="insights-spending-title">
      <h2 id="insights-spending-title">{t('money.insights.spending.title')}</h2>
      <p className="muted">{t('money.insights.spending.lead', { currency: view.currency })}</p>
      {totals.length === 0 ? (
        <p>{t('money.insights.spending.none')}</p>
      ) : (
        <>
          {most ? <p className="insights__summary">{most}</p> : null}
          <SpendingChart view={view} series={series} />
          {rest ? <p className="muted insights__note">{rest}</p> : null}
        </>
      )}
    </section>
  );
}
