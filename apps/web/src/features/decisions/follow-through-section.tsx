import { useState } from 'react';
import type { Decision } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ButtonLink } from '../../ui/button-link';
import { isCategory } from '../money/category-rule-form';
import { spacePath } from '../spaces/space-paths';
import { decisionPath } from './decide-nav';
import { optionLabel } from './decision-words';
import { headName, type People } from './people';
import { ResponsibilityForm } from './responsibility-form';
import { SplitRuleForm } from './split-rule-form';

type Link = NonNullable<NonNullable<Decision['choice']>['link']>;

const categoryName = (ref: string) => (isCategory(ref) ? t(`money.category.${ref}`) : ref);

/** Where a follow-through went, in words, with a link to it. */
function Linked({ spaceId, link }: { spaceId: string; link: Link }) {
  const to =
    link.kind === 'responsibility'
      ? spacePath(spaceId, 'chores')
      : link.kind === 'expense_rule'
        ? spacePath(spaceId, 'money')
        : decisionPath(spaceId, link.ref);
  return (
    <>
      <p role="status">
        {link.kind === 'expense_rule'
          ? t('decide.follow.done.expense_rule', { category: categoryName(link.ref) })
          : t(`decide.follow.done.${link.kind}`)}
      </p>
      <ButtonLink variant="secondary" to={to}>
        {t(`decide.follow.see.${link.kind}`)}
      </ButtonLink>
    </>
  );
}

interface FollowThroughSectionProps {
  spaceId: string;
  decision: Decision;
  people: People;
}

/**
 * After a choice, making it happen: a responsibility on the chores list, or a split rule for a
 * money category. Once one is made, where it went.
 */
export function FollowThroughSection({ spaceId, decision, people }: FollowThroughSectionProps) {
  const [open, setOpen] = useState<'responsibility' | 'rule'>();
  const choice = decision.choice;
  if (!choice?.optionId) return null;
  const everyone = people.order.map((id) => ({ id, name: headName(people, id) }));

  let content;
  if (choice.link) {
    content = <Linked spaceId={spaceId} link={choice.link} />;
  } else if (open === 'responsibility') {
    content = (
      <ResponsibilityForm
        spaceId={spaceId}
        decisionId={decision.id}
        name={optionLabel(decision, choice.optionId)}
        onCancel={() => setOpen(undefined)}
      />
    );
  } else if (open === 'rule') {
    content = (
      <SplitRuleForm
        spaceId={spaceId}
        decisionId={decision.id}
        people={everyone}
        onCancel={() => setOpen(undefined)}
      />
    );
  } else {
    content = (
      <>
        <p className="muted">{t('decide.follow.lead')}</p>
        <div className="button-row">
          <Button variant="secondary" onClick={() => setOpen('responsibility')}>
            {t('decide.follow.responsibility')}
          </Button>
          <Button variant="secondary" onClick={() => setOpen('rule')}>
            {t('decide.follow.rule')}
          </Button>
        </div>
      </>
    );
  }

  return (
    <section className="card section" aria-labelledby="follow-title">
      <h2 id="follow-title">{t('decide.follow.title')}</h2>
      {content}
    </section>
  );
}
