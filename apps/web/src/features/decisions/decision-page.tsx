import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Decision, DecisionPhase } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { useToday } from '../../lib/use-today';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { AddOptionForm } from './add-option-form';
import { BallotForm } from './ballot-form';
import { ChoiceForm } from './choice-form';
import { ChoiceSection } from './choice-section';
import { reviewDue } from './choice-words';
import { WorkItOutNav, decidePath } from './decide-nav';
import { deadlineText } from './decision-words';
import type { DecisionSettings } from './decisions-api';
import { FollowThroughSection } from './follow-through-section';
import { peopleOf, type People } from './people';
import { PhaseNews, useFocusIfLost } from './phase-news';
import { RecommendationSection } from './recommendation-section';
import { ReviewSection } from './review-section';
import { ScoresSection } from './scores-section';
import { useDecision, useDecisionSettings, useDeleteDecision } from './use-decisions';
import { WaitingSection } from './waiting-section';

interface Viewer {
  spaceId: string;
  people: People;
  timeZone: string;
  today: string;
  /** The phase the decision had when the page opened: a later one is news. */
  openedIn: DecisionPhase;
}

/** While scores are sealed: who we wait for, my ballot, another option, and deleting it. */
function Scoring({
  decision,
  viewer,
  settings,
}: {
  decision: Decision;
  viewer: Viewer;
  settings: DecisionSettings;
}) {
  const navigate = useNavigate();
  const remove = useDeleteDecision(
    viewer.spaceId,
    decision.id,
    () => void navigate(decidePath(viewer.spaceId)),
  );
  return (
    <>
      <WaitingSection decision={decision} people={viewer.people} />
      {decision.capabilities.canScore ? (
        <BallotForm spaceId={viewer.spaceId} decision={decision} settings={settings} />
      ) : null}
      {decision.capabilities.canAddOption ? (
        <AddOptionForm spaceId={viewer.spaceId} decisionId={decision.id} />
      ) : null}
      {decision.capabilities.canDelete ? (
        <div className="section">
          <FormError error={remove.error} />
          <ConfirmAction
            label={t('decide.delete.button')}
            question={t('decide.delete.question')}
            confirmLabel={t('decide.delete.confirm')}
            cancelLabel={t('common.cancel')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </div>
      ) : null}
    </>
  );
}

/** After the reveal: what we chose (once we have), then the scores and the recommendation. */
function Revealed({ decision, viewer }: { decision: Decision; viewer: Viewer }) {
  const { spaceId, people, timeZone } = viewer;
  const focusIfLost = useFocusIfLost();
  const moved = decision.phase !== viewer.openedIn;
  return (
    <>
      {decision.choice ? (
        <>
          <ChoiceSection
            spaceId={spaceId}
            decision={decision}
            people={people}
            timeZone={timeZone}
            today={viewer.today}
            headingRef={moved && decision.phase === 'decided' ? focusIfLost : undefined}
          />
          {reviewDue(decision, viewer.today) ? (
            <ReviewSection
              spaceId={spaceId}
              decision={decision}
              people={people}
              timeZone={timeZone}
            />
          ) : null}
          <FollowThroughSection spaceId={spaceId} decision={decision} people={people} />
        </>
      ) : null}
      <ScoresSection
        decision={decision}
        people={people}
        headingRef={moved && decision.phase === 'revealed' ? focusIfLost : undefined}
      />
      <RecommendationSection spaceId={spaceId} decision={decision} people={people} />
      {decision.capabilities.canDecide ? (
        <ChoiceForm spaceId={spaceId} decision={decision} />
      ) : null}
    </>
  );
}

/**
 * One decision: while it is being scored, my sealed ballot and who we wait for; once everyone
 * has scored, everyone's scores, the recommendation and the choice; then the review.
 */
export function DecisionPage() {
  const { decisionId = '' } = useParams();
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const today = useToday(me.timeZone);
  const decision = useDecision(space.id, decisionId);
  const members = useMembers(space.id);
  const settings = useDecisionSettings(space.id);
  // Keyed by the decision: a notification can lead from one decision's page to another's.
  const [opened, setOpened] = useState<{ id: string; phase: DecisionPhase }>();
  if (decision.data && opened?.id !== decision.data.id) {
    setOpened({ id: decision.data.id, phase: decision.data.phase });
  }

  const error = decision.error ?? members.error ?? settings.error;
  const retry = () => {
    void decision.refetch();
    void members.refetch();
    void settings.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!decision.data || !members.data || !settings.data) {
    content = <Loading />;
  } else {
    const viewer: Viewer = {
      spaceId: space.id,
      people: peopleOf(members.data.items, me.id),
      timeZone: me.timeZone,
      today,
      openedIn: opened?.id === decision.data.id ? opened.phase : decision.data.phase,
    };
    // Keyed, so the forms start afresh on another decision's page.
    content = (
      <div key={decision.data.id}>
        <PhaseNews decision={decision.data} openedIn={viewer.openedIn} />
        {decision.data.phase === 'scoring' ? (
          <Scoring decision={decision.data} viewer={viewer} settings={settings.data} />
        ) : (
          <Revealed decision={decision.data} viewer={viewer} />
        )}
      </div>
    );
  }

  const title = decision.data?.question ?? t('decide.title');
  return (
    <Page
      title={title}
      documentTitle={t('common.inSpace', { page: title, space: space.name })}
      lead={
        decision.data && decision.data.phase !== 'decided' ? deadlineText(decision.data) : undefined
      }
      actions={<WorkItOutNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
