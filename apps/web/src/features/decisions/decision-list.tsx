import { Link } from 'react-router';
import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { decisionPath } from './decide-nav';
import { deadlineText, decisionStatus } from './decision-words';
import type { People } from './people';

interface DecisionListProps {
  spaceId: string;
  decisions: readonly Decision[];
  people: People;
}

/** Decisions as links, each with where it stands for me and, while open, its deadline. */
export function DecisionList({ spaceId, decisions, people }: DecisionListProps) {
  return (
    <ul className="item-list decision-list">
      {decisions.map((decision) => {
        const deadline = decision.phase === 'decided' ? undefined : deadlineText(decision);
        return (
          <li key={decision.id} className="decision-list__item">
            <Link className="decision-list__link" to={decisionPath(spaceId, decision.id)}>
              {decision.question}
            </Link>
            <p className="decision-list__status">
              {deadline
                ? t('decide.list.statusBy', { status: decisionStatus(decision, people), deadline })
                : decisionStatus(decision, people)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
