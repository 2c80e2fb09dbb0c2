import type { ChoreSharesView, Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { explainProposal } from './proposal-words';

interface ProposalExplanationProps {
  shares: ChoreSharesView;
  chores: readonly Responsibility[];
  members: readonly Member[];
  myId: string;
}

/** A proposal in plain words for me, from my own ratings only; nobody else sees these lines. */
export function ProposalExplanation({ shares, chores, members, myId }: ProposalExplanationProps) {
  return (
    <div className="explain">
      <h3>{t('chores.explain.title')}</h3>
      {explainProposal({ shares, chores, members, myId }).map((sentence) => (
        <p key={sentence}>{sentence}</p>
      ))}
    </div>
  );
}
