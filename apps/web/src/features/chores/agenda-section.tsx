import { useEffect, useRef, useState } from 'react';
import type { Member, Responsibility } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { cx } from '../../ui/class-names';
import { Loading } from '../../ui/loading';
import { RadioGroup } from '../../ui/radio-group';
import { AgendaItem, type AgendaFeedback } from './agenda-item';
import type { AgendaAction } from './schedule-api';
import { groupByDay, isMine, occurrenceKey, type AgendaShow } from './agenda-view';
import { useAgenda } from './use-schedule';

interface AgendaSectionProps {
  spaceId: string;
  myId: string;
  timeZone: string;
  chores: readonly Responsibility[];
  members: readonly Member[];
}

/** The last action's outcome: a sentence for the whole section, or an error for its item. */
type Outcome =
  { key: string; message: string } | { key: string; error: unknown; kind: AgendaAction['kind'] };

/** "This week": what is due for me (or everyone), day by day, with what can be done about it. */
export function AgendaSection({ spaceId, myId, timeZone, chores, members }: AgendaSectionProps) {
  const agenda = useAgenda(spaceId, timeZone);
  const [show, setShow] = useState<AgendaShow>('mine');
  const [outcome, setOutcome] = useState<Outcome>();
  // The occurrence just acted on: its name takes focus once it is drawn again, as the button
  // that was pressed is usually gone (done, answered) or has moved to another day.
  const focusAfter = useRef<string>(undefined);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const byId = new Map(chores.map((chore) => [chore.id, chore]));
  const data = agenda.data;
  // A responsibility removed a moment ago may still be in the agenda until it is fetched again.
  const known = (data?.items ?? []).filter((item) => byId.has(item.choreId));
  const shown = show === 'mine' ? known.filter((item) => isMine(item, myId)) : known;

  // The outcome is set once the agenda has been fetched again, so this render shows the change.
  useEffect(() => {
    const key = focusAfter.current;
    if (key === undefined) return;
    focusAfter.current = undefined;
    const name = section.current?.querySelector<HTMLElement>(
      `[data-occurrence="${CSS.escape(key)}"]`,
    );
    // Gone from this view (declined, handed on): carry on from the heading, where the news is.
    (name ?? heading.current)?.focus();
  }, [outcome]);

  // Cleared as each action starts, so every sentence is a new one and is read out.
  const feedback: AgendaFeedback = {
    onStart: () => setOutcome(undefined),
    onDone: (key, message) => {
      setOutcome({ key, message });
      focusAfter.current = key;
    },
    onFailed: (key, kind, error) => setOutcome({ key, kind, error }),
  };

  let body;
  if (agenda.isError) {
    body = <LoadError error={agenda.error} onRetry={() => void agenda.refetch()} />;
  } else if (!data) {
    body = <Loading />;
  } else if (shown.length === 0) {
    body = (
      <p className="agenda__empty">
        {show === 'mine' ? t('chores.agenda.emptyMine') : t('chores.agenda.empty')}
      </p>
    );
  } else {
    const nameOf = (choreId: string) => byId.get(choreId)?.name ?? '';
    body = groupByDay(shown, data.today, nameOf).map((day) => (
      <div
        key={day.key}
        className={cx('agenda-day', day.key === 'overdue' && 'agenda-day--overdue')}
      >
        <h3 id={`agenda-day-${day.key}`} className="agenda-day__title">
          {day.heading}
        </h3>
        <ul className="agenda-list" aria-labelledby={`agenda-day-${day.key}`}>
          {day.items.map((item) => {
            const key = occurrenceKey(item);
            const chore = byId.get(item.choreId);
            if (!chore) return null;
            return (
              <AgendaItem
                key={key}
                spaceId={spaceId}
                myId={myId}
                today={data.today}
                item={item}
                chore={chore}
                members={members}
                failure={outcome?.key === key && 'error' in outcome ? outcome : undefined}
                feedback={feedback}
              />
            );
          })}
        </ul>
      </div>
    ));
  }

  return (
    <section ref={section} className="section section--first agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title" ref={heading} tabIndex={-1}>
        {t('chores.agenda.title')}
      </h2>
      <p className="muted">{t('chores.agenda.lead')}</p>
      <RadioGroup
        legend={t('chores.agenda.show')}
        name="agenda-show"
        layout="inline"
        options={[
          { value: 'mine', label: t('chores.agenda.show.mine') },
          { value: 'everyone', label: t('chores.agenda.show.everyone') },
        ]}
        value={show}
        onChange={(next) => {
          setShow(next);
          setOutcome(undefined);
        }}
      />
      {outcome && 'message' in outcome ? (
        <Alert tone="success" className="agenda__status">
          {outcome.message}
        </Alert>
      ) : null}
      {body}
    </section>
  );
}
