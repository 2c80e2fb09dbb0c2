import type { InsightsView, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { memberOrder } from '../../chores/fairness-geometry';
import { SharesChart } from './shares-chart';
import { incomeKnown, shareSentences, spokenMonth } from './shares-words';

interface SharesSectionProps {
  view: InsightsView;
  members: readonly Member[];
  myId: string;
}

/** Each one's part of the shared costs, month by month, beside their part of the income. */
export function SharesSection({ view, members, myId }: SharesSectionProps) {
  const order = memberOrder(
    view.incomePercents.map((i) => i.userId),
    myId,
  );
  const anyCosts = spokenMonth(view) !== null;

  return (
    <section className="card section" aria-labelledby="insights-shares-title">
      <h2 id="insights-shares-title">{t('money.insights.shares.title')}</h2>
      <p className="muted">{t('money.insights.shares.lead')}</p>
      {anyCosts ? (
        <>
          <SharesChart view={view} order={order} members={members} myId={myId} />
          <h3>{t('money.insights.shares.inWords')}</h3>
          <ul className="insights__sentences">
            {shareSentences(view, order, members, myId).map((sentence) => (
              <li key={sentence}>{sentence}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('money.insights.shares.none')}</p>
      )}
      {incomeKnown(view) ? null : (
        <p className="muted insights__note">{t('money.insights.shares.noIncome')}</p>
      )}
    </section>
  );
}
