import { useState } from 'react';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { AgendaSection } from './agenda-section';
import { AvailabilitySection } from './availability-section';
import { ChoreListSection } from './chore-list-section';
import { CurrentSharesSection } from './current-shares-section';
import { FairnessSection } from './fairness-section';
import { ProposalSection } from './proposal-section';
import { ReviewBanner } from './review-banner';
import { StarterSection } from './starter-section';
import { useChores } from './use-chores';

/**
 * "Chores": the starter list while there is nothing yet (our own can be added at any time), then our responsibilities with my
 * private ratings, everyone's hours, a fair proposal, the shares as they stand and how they went
 * over time; a suggestion to look at them again on top when one is due.
 */
export function ChoresPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const chores = useChores(space.id);
  const members = useMembers(space.id);
  const [starterOpen, setStarterOpen] = useState(false);
  const [added, setAdded] = useState<{ count: number }>();

  const error = chores.error ?? members.error;
  const retry = () => {
    void chores.refetch();
    void members.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!chores.data || !members.data) {
    content = <Loading />;
  } else {
    const items = chores.data.items;
    const people = members.data.items;
    const hasChores = items.length > 0;
    const shared = { spaceId: space.id, myId: me.id, chores: items, members: people };
    content = (
      <>
        {/* Shows itself only when a look at the shares is due. */}
        {hasChores ? <ReviewBanner {...shared} /> : null}
        {/* Living with the shares day to day comes first, once there are shares to live with. */}
        {items.some((chore) => chore.ownerId !== null) ? (
          <AgendaSection {...shared} timeZone={me.timeZone} />
        ) : null}
        {!hasChores || starterOpen ? (
          <StarterSection
            spaceId={space.id}
            onAdded={(count) => {
              setStarterOpen(false);
              setAdded({ count });
            }}
            onClose={hasChores ? () => setStarterOpen(false) : undefined}
          />
        ) : null}
        {/* Always there, so a responsibility of our own can be added from the very start. */}
        <ChoreListSection
          spaceId={space.id}
          chores={items}
          members={people}
          added={added}
          onOpenStarter={
            starterOpen || !hasChores
              ? undefined
              : () => {
                  setAdded(undefined);
                  setStarterOpen(true);
                }
          }
        />
        <AvailabilitySection spaceId={space.id} myId={me.id} members={people} />
        {hasChores ? <ProposalSection {...shared} /> : null}
        {items.some((chore) => chore.ownerId !== null) ? (
          <>
            <CurrentSharesSection {...shared} />
            <FairnessSection spaceId={space.id} myId={me.id} members={people} />
          </>
        ) : null}
      </>
    );
  }

  return (
    <Page
      title={t('chores.title')}
      documentTitle={t('common.inSpace', { page: t('chores.title'), space: space.name })}
      lead={t('chores.lead')}
    >
      {content}
    </Page>
  );
}
