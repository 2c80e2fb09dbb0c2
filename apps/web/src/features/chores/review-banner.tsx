import { useEffect, useRef, useState } from 'react';
import type { Member, Responsibility } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { ProposalExplanation } from './proposal-explanation';
import { adjustmentSentences } from './review-words';
import { ShareSummary } from './share-summary';
import { useAcceptReview, useKeepShares, useReview } from './use-fairness';

interface ReviewBannerProps {
  spaceId: string;
  myId: string;
  chores: readonly Responsibility[];
  members: readonly Member[];
}

/**
 * The regular look at the shares, when one is due: what the log says things really take, a
 * fresh fair share from today's ratings and hours, and the choice to take it or keep things.
 * A suggestion, never a nag: nothing shows until it is due, and either answer ends it.
 */
export function ReviewBanner({ spaceId, myId, chores, members }: ReviewBannerProps) {
  const review = useReview(spaceId);
  const accept = useAcceptReview(spaceId);
  const keep = useKeepShares(spaceId);
  const [outcome, setOutcome] = useState<'accepted' | 'kept'>();
  const done = useRef<HTMLDivElement>(null);
  // The buttons are gone with the banner: carry on from the news that replaced them.
  useEffect(() => {
    if (outcome) done.current?.focus();
  }, [outcome]);

  if (outcome) {
    return (
      <div ref={done} tabIndex={-1} className="section section--first">
        <Alert tone="success">{t(`chores.review.${outcome}`)}</Alert>
      </div>
    );
  }
  // Only a suggestion: if it cannot be loaded, the page is no worse without it.
  if (!review.data?.due) return null;

  const { proposal, lastReviewedOn, adjustments } = review.data;
  const logged = adjustmentSentences(adjustments, chores);
  const busy = accept.isPending || keep.isPending;
  const answer = (mutation: typeof accept, next: 'accepted' | 'kept') => {
    mutation.mutateAsync().then(
      () => setOutcome(next),
      () => undefined, // shown by FormError
    );
  };

  return (
    <section className="card section section--first review" aria-labelledby="review-title">
      <h2 id="review-title">{t('chores.review.title')}</h2>
      <p>
        {lastReviewedOn
          ? t('chores.review.lead', { date: format.day(lastReviewedOn, true) })
          : t('chores.review.leadFirst')}
      </p>
      <h3>{t('chores.review.logTitle')}</h3>
      {logged.length > 0 ? (
        <ul className="review__log">
          {logged.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('chores.review.logAgrees')}</p>
      )}
      <h3>{t('chores.review.proposalTitle')}</h3>
      {proposal ? (
        <>
          <ShareSummary shares={proposal} chores={chores} members={members} />
          <ProposalExplanation shares={proposal} chores={chores} members={members} myId={myId} />
        </>
      ) : (
        <Alert tone="info">{t('chores.review.noProposal')}</Alert>
      )}
      <FormError error={accept.error ?? keep.error} />
      <div className="button-row">
        {proposal ? (
          <Button
            busy={accept.isPending}
            disabled={busy}
            onClick={() => answer(accept, 'accepted')}
          >
            {t('chores.review.accept')}
          </Button>
        ) : null}
        <Button
          variant="secondary"
          busy={keep.isPending}
          disabled={busy}
          onClick={() => answer(keep, 'kept')}
        >
          {t('chores.review.keep')}
        </Button>
      </div>
    </section>
  );
}
