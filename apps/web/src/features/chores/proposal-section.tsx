import { useRef } from 'react';
import type { Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { ProposalExplanation } from './proposal-explanation';
import { ShareLoadError } from './share-load-error';
import { ShareSummary } from './share-summary';
import { isCurrentShare } from './shares-view';
import { useAcceptProposal, useProposal } from './use-chores';

interface ProposalSectionProps {
  spaceId: string;
  myId: string;
  chores: readonly Responsibility[];
  members: readonly Member[];
}

/** A fair share worked out by the server from everyone's hours, private ratings and pins. */
export function ProposalSection({ spaceId, myId, chores, members }: ProposalSectionProps) {
  const proposal = useProposal(spaceId);
  const accept = useAcceptProposal(spaceId);
  const heading = useRef<HTMLHeadingElement>(null);

  const acceptShare = () => {
    // Accepting takes the button away; carry on from the heading, with the news just below.
    accept.mutateAsync().then(
      () => heading.current?.focus(),
      () => undefined, // shown by FormError
    );
  };

  let body;
  if (proposal.isError) {
    body = (
      <ShareLoadError
        error={proposal.error}
        myId={myId}
        members={members}
        onRetry={() => void proposal.refetch()}
      />
    );
  } else if (!proposal.data) {
    body = <Loading />;
  } else {
    const current = isCurrentShare(proposal.data, chores);
    body = (
      <>
        <ShareSummary shares={proposal.data} chores={chores} members={members} />
        <ProposalExplanation shares={proposal.data} chores={chores} members={members} myId={myId} />
        <FormError error={accept.error} />
        {current ? (
          <p className="muted">{t('chores.proposal.same')}</p>
        ) : (
          <div className="button-row">
            <Button busy={accept.isPending} onClick={acceptShare}>
              {t('chores.proposal.accept')}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="card section" aria-labelledby="proposal-title">
      <h2 id="proposal-title" ref={heading} tabIndex={-1}>
        {t('chores.proposal.title')}
      </h2>
      <p className="muted">{t('chores.proposal.lead')}</p>
      {accept.isSuccess ? <Alert tone="success">{t('chores.proposal.accepted')}</Alert> : null}
      {body}
    </section>
  );
}
