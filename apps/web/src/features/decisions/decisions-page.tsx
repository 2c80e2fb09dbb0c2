import { useCallback, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { WorkItOutNav, decisionLogPath, decisionPath } from './decide-nav';
import { DecisionList } from './decision-list';
import { DecisionSettingsSection } from './decision-settings-section';
import { splitDecisions } from './decision-words';
import { OpenDecisionForm } from './open-decision-form';
import { peopleOf } from './people';
import { useDecisions, useDecisionSettings } from './use-decisions';

/** Decided ones shown here; the rest are in the log. */
const RECENTLY_DECIDED = 5;

/**
 * "Deciding together": opening a decision, the ones still to settle and the latest decided, and
 * how many dealbreakers each of us has a month. `?again=<question>` opens the form with a
 * question filled in, for trying new options when none worked.
 */
export function DecisionsPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const again = params.get('again') ?? undefined;
  const [opening, setOpening] = useState(again !== undefined);
  const [cancelled, setCancelled] = useState(false);
  // Stable, so React calls it once when the button comes back after a cancel.
  const focusOnMount = useCallback((node: HTMLButtonElement | null) => node?.focus(), []);
  const decisions = useDecisions(space.id);
  const members = useMembers(space.id);
  const settings = useDecisionSettings(space.id);

  const stopOpening = () => {
    setOpening(false);
    setCancelled(true);
    if (again !== undefined) setParams({}, { replace: true });
  };

  const error = decisions.error ?? members.error ?? settings.error;
  const retry = () => {
    void decisions.refetch();
    void members.refetch();
    void settings.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!decisions.data || !members.data || !settings.data) {
    content = <Loading />;
  } else {
    const people = peopleOf(members.data.items, me.id);
    const { open, decided } = splitDecisions(decisions.data.items);
    content = (
      <>
        <section className="section section--first" aria-labelledby="decisions-open-title">
          <h2 id="decisions-open-title">{t('decide.list.openTitle')}</h2>
          {open.length > 0 ? (
            <DecisionList spaceId={space.id} decisions={open} people={people} />
          ) : (
            <p className="muted">{t('decide.list.empty')}</p>
          )}
        </section>
        {decided.length > 0 ? (
          <section className="section" aria-labelledby="decisions-decided-title">
            <h2 id="decisions-decided-title">{t('decide.list.decidedTitle')}</h2>
            <DecisionList
              spaceId={space.id}
              decisions={decided.slice(0, RECENTLY_DECIDED)}
              people={people}
            />
            <p className="muted">
              {t('decide.list.logHint')}{' '}
              <Link to={decisionLogPath(space.id)}>{t('decide.list.logLink')}</Link>
            </p>
          </section>
        ) : null}
        <DecisionSettingsSection spaceId={space.id} settings={settings.data} />
      </>
    );
  }

  return (
    <Page
      title={t('decide.title')}
      documentTitle={t('common.inSpace', { page: t('decide.title'), space: space.name })}
      lead={t('decide.lead')}
      actions={<WorkItOutNav spaceId={space.id} />}
    >
      {opening ? (
        <OpenDecisionForm
          // A new `?again=` while the form is open starts it afresh with that question.
          key={again ?? ''}
          spaceId={space.id}
          question={again}
          onOpened={(decision) => void navigate(decisionPath(space.id, decision.id))}
          onCancel={stopOpening}
        />
      ) : (
        <div className="button-row">
          <Button onClick={() => setOpening(true)} ref={cancelled ? focusOnMount : undefined}>
            {t('decide.open.button')}
          </Button>
        </div>
      )}
      {content}
    </Page>
  );
}
