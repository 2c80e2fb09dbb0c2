import { useState } from 'react';
import type { GrowthGoal } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { AddGoalSection } from './add-goal-section';
import { groupGoals } from './goal-groups';
import type { GrowthContext } from './growth-context';
import { MyGoalCard } from './my-goal-card';
import { PartnerGoalCard } from './partner-goal-card';
import { ReflectionSection } from './reflection-section';
import { TogetherApartNav } from './together-apart-nav';
import { useGoals } from './use-growth';

/**
 * "Growth": my own goals (just mine, or shared), the others' shared goals with how to help and
 * a kind word, and the gentle monthly question of what I did for myself.
 */
export function GrowthPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const members = useMembers(space.id);
  const goals = useGoals(space.id);

  let content;
  const error = members.error ?? goals.error;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void members.refetch();
          void goals.refetch();
        }}
      />
    );
  } else if (!members.data || !goals.data) {
    content = <Loading />;
  } else {
    const context: GrowthContext = { spaceId: space.id, myId: me.id, members: members.data.items };
    const { mine, theirs } = groupGoals(goals.data.items, me.id);
    content = (
      <>
        <MyGoalsSection context={context} goals={mine} />
        <TheirGoalsSection context={context} goals={theirs} />
        <ReflectionSection context={context} />
      </>
    );
  }

  return (
    <Page
      title={t('growth.title')}
      documentTitle={t('common.inSpace', { page: t('growth.nav'), space: space.name })}
      lead={t('growth.lead')}
      actions={<TogetherApartNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}

function MyGoalsSection({ context, goals }: { context: GrowthContext; goals: GrowthGoal[] }) {
  // Said here, not on the card: once a goal is removed its card is gone.
  const [removed, setRemoved] = useState<{ message: string; key: number }>();
  return (
    <section className="section growth-mine" aria-labelledby="growth-mine-title">
      <h2 id="growth-mine-title" tabIndex={-1}>
        {t('growth.mine.title')}
      </h2>
      {goals.length === 0 ? <p className="muted">{t('growth.mine.empty')}</p> : null}
      {removed ? (
        <Alert key={removed.key} tone="success">
          {removed.message}
        </Alert>
      ) : null}
      <div className="growth-goals">
        {goals.map((goal) => (
          <MyGoalCard
            key={goal.id}
            goal={goal}
            context={context}
            onRemoved={(message) => {
              setRemoved((current) => ({ message, key: (current?.key ?? 0) + 1 }));
              document.getElementById('growth-mine-title')?.focus();
            }}
          />
        ))}
      </div>
      <AddGoalSection spaceId={context.spaceId} />
    </section>
  );
}

function TheirGoalsSection({ context, goals }: { context: GrowthContext; goals: GrowthGoal[] }) {
  // Alone in a space there is no partner to speak of.
  if (context.members.length < 2 && goals.length === 0) return null;
  return (
    <section className="section growth-theirs" aria-labelledby="growth-theirs-title">
      <h2 id="growth-theirs-title">{t('growth.theirs.title')}</h2>
      {goals.length === 0 ? <p className="muted">{t('growth.theirs.empty')}</p> : null}
      <div className="growth-goals">
        {goals.map((goal) => (
          <PartnerGoalCard key={goal.id} goal={goal} context={context} />
        ))}
      </div>
    </section>
  );
}
