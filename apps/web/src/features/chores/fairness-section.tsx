import { useState } from 'react';
import { fairnessPeriods, type Member } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { RadioGroup } from '../../ui/radio-group';
import type { FairnessPeriod } from './fairness-api';
import { FairnessChart } from './fairness-chart';
import { memberOrder } from './fairness-geometry';
import { gapSentences } from './fairness-words';
import { ReviewSettings } from './review-settings';
import { ShareLoadError } from './share-load-error';
import { useFairness } from './use-fairness';

interface FairnessSectionProps {
  spaceId: string;
  myId: string;
  members: readonly Member[];
}

const periodOptions = fairnessPeriods.map((value) => ({
  value,
  label: t(`chores.fairness.period.${value}`),
}));

/**
 * Planned against done against a fair share, period by period, the gaps in words, and how often
 * to suggest looking at the shares again.
 */
export function FairnessSection({ spaceId, myId, members }: FairnessSectionProps) {
  const [period, setPeriod] = useState<FairnessPeriod>('month');
  const fairness = useFairness(spaceId, period);

  let body;
  // An error wins over figures kept from before: a new member without hours stops them all.
  if (fairness.isError) {
    body = (
      <ShareLoadError
        error={fairness.error}
        myId={myId}
        members={members}
        onRetry={() => void fairness.refetch()}
      />
    );
  } else if (!fairness.data) {
    body = <Loading />;
  } else {
    const view = fairness.data;
    const order = memberOrder(view.periods.at(-1)?.members.map((m) => m.userId) ?? [], myId);
    body = (
      // Busy while another period loads: the one before stays on screen meanwhile.
      <div className="fairness" aria-busy={fairness.isPlaceholderData || undefined}>
        <FairnessChart view={view} order={order} members={members} myId={myId} />
        <p className="muted fairness__note">{t(`chores.fairness.partial.${view.period}`)}</p>
        <h3>{t('chores.fairness.inWords')}</h3>
        <ul className="fairness__gaps">
          {gapSentences(view, order, members, myId).map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      </div>
    );
  }

  return (
    <section className="card section" aria-labelledby="fairness-title">
      <h2 id="fairness-title">{t('chores.fairness.title')}</h2>
      <p className="muted">{t('chores.fairness.lead')}</p>
      <RadioGroup
        legend={t('chores.fairness.showBy')}
        name="fairness-period"
        layout="inline"
        options={periodOptions}
        value={period}
        onChange={setPeriod}
      />
      {body}
      {/* Next to how the shares went, how often to look at them again. */}
      <ReviewSettings spaceId={spaceId} />
    </section>
  );
}
