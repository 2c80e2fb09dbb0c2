import { useRef, useState, type ReactNode } from 'react';
import type { PlannedDate } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import type { DatesContext } from './dates-context';
import { DateCard } from './date-card';
import { groupDates } from './date-groups';
import { PlanDateSection, type Planning } from './plan-date-section';

/** Past dates shown before "Show all". */
const PAST_SHOWN = 5;

interface PlansSectionProps {
  context: DatesContext;
  dates: readonly PlannedDate[];
  planning: Planning | undefined;
  onPlan: () => void;
  onClosePlan: () => void;
}

/**
 * The dates I am in: those waiting for my answer first, then what is coming up (and planning
 * another), then the past ones with their memories; those called off or fallen through, quietly.
 */
export function PlansSection({ context, dates, planning, onPlan, onClosePlan }: PlansSectionProps) {
  const { invitations, comingUp, past, quiet } = groupDates(dates, context.myId);
  const [notice, setNotice] = useState<{ message: string; key: number }>();
  const [allPast, setAllPast] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const done = (message: string) => {
    setNotice((current) => ({ message, key: (current?.key ?? 0) + 1 }));
    // An answered invitation moves on, and the button pressed with it: carry on from here.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const cards = (list: readonly PlannedDate[]) => (
    <ul className="dates-list">
      {list.map((date) => (
        <li key={date.id}>
          <DateCard date={date} context={context} onDone={done} />
        </li>
      ))}
    </ul>
  );
  const pastShown = allPast ? past : past.slice(0, PAST_SHOWN);

  return (
    <section className="section--first dates-plans" aria-labelledby="dates-plans-title">
      <h2 id="dates-plans-title" ref={heading} tabIndex={-1}>
        {t('dates.plans.title')}
      </h2>
      {notice ? (
        <Alert key={notice.key} tone="success" className="notice">
          {notice.message}
        </Alert>
      ) : null}
      {invitations.length > 0 ? (
        <DateGroup id="dates-invitations" title={t('dates.plans.invitations')}>
          {cards(invitations)}
        </DateGroup>
      ) : null}
      <DateGroup id="dates-coming-up" title={t('dates.plans.comingUp')}>
        <PlanDateSection
          context={context}
          planning={planning}
          onOpen={onPlan}
          onClose={onClosePlan}
        />
        {comingUp.length === 0 ? (
          <p className="muted">
            {invitations.length > 0 ? t('dates.plans.nothingElse') : t('dates.plans.nothingAhead')}
          </p>
        ) : (
          cards(comingUp)
        )}
      </DateGroup>
      {past.length > 0 ? (
        <DateGroup id="dates-past" title={t('dates.plans.past')}>
          {cards(pastShown)}
          {pastShown.length < past.length ? (
            <Button variant="secondary" onClick={() => setAllPast(true)}>
              {t('dates.plans.showAllPast', { count: past.length })}
            </Button>
          ) : null}
        </DateGroup>
      ) : null}
      {quiet.length > 0 ? (
        <details className="dates-quiet">
          <summary>{t('dates.plans.quiet', { count: quiet.length })}</summary>
          {cards(quiet)}
        </details>
      ) : null}
    </section>
  );
}

function DateGroup({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={`dates-group ${id}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {children}
    </section>
  );
}
