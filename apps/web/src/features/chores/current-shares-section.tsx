import type { Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { ShareLoadError } from './share-load-error';
import { ShareSummary } from './share-summary';
import { useShares } from './use-chores';

interface CurrentSharesSectionProps {
  spaceId: string;
  myId: string;
  chores: readonly Responsibility[];
  members: readonly Member[];
}

/** The shares as they stand, hand tweaks included; a tweak that breaks fairness shows here. */
export function CurrentSharesSection({
  spaceId,
  myId,
  chores,
  members,
}: CurrentSharesSectionProps) {
  const shares = useShares(spaceId);
  let body;
  if (shares.isError) {
    body = (
      <ShareLoadError
        error={shares.error}
        myId={myId}
        members={members}
        onRetry={() => void shares.refetch()}
      />
    );
  } else if (!shares.data) {
    body = <Loading />;
  } else {
    body = <ShareSummary shares={shares.data} chores={chores} members={members} />;
  }
  return (
    <section className="card section" aria-labelledby="shares-title">
      <h2 id="shares-title">{t('chores.shares.title')}</h2>
      {body}
    </section>
  );
}
