import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { ConflictTopic, Member } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ChoreFollowThroughForm } from './chore-follow-through-form';
import { DecisionFollowThroughForm } from './decision-follow-through-form';
import { followThroughKinds, type FollowThroughKind } from './follow-through-draft';
import { followThroughPath } from './resolve-paths';
import { RuleFollowThroughForm } from './rule-follow-through-form';

type AgreedItem = NonNullable<ConflictTopic['agreement']>['items'][number];

interface FollowThroughProps {
  spaceId: string;
  topicId: string;
  item: AgreedItem;
  people: readonly Member[];
}

/**
 * An agreed line made real where it belongs: a chore, the split rule for a kind of spending, or
 * a decision to make together. Once done, a link to it instead.
 */
export function FollowThrough({ spaceId, topicId, item, people }: FollowThroughProps) {
  const [kind, setKind] = useState<FollowThroughKind>();
  const groupId = useId();

  if (item.link) {
    return (
      <p className="resolve-follow__done">
        {t(`resolve.follow.done.${item.link.kind}`)}{' '}
        <Link to={followThroughPath(spaceId, item.link)}>
          {t(`resolve.follow.open.${item.link.kind}`)}
        </Link>
      </p>
    );
  }
  const shared = { spaceId, topicId, item, onCancel: () => setKind(undefined) };
  switch (kind) {
    case 'responsibility':
      return <ChoreFollowThroughForm {...shared} />;
    case 'expense_rule':
      return <RuleFollowThroughForm {...shared} people={people} />;
    case 'decision':
      return <DecisionFollowThroughForm {...shared} />;
    case undefined:
      return (
        <div
          className="button-row resolve-follow"
          role="group"
          aria-labelledby={`${groupId} item-${item.id}`}
        >
          <span id={groupId} className="resolve-follow__label">
            {t('resolve.follow.label')}
          </span>
          {followThroughKinds.map((choice) => (
            <Button key={choice} variant="quiet" onClick={() => setKind(choice)}>
              {t(`resolve.follow.make.${choice}`)}
            </Button>
          ))}
        </div>
      );
  }
}
