import { useId, useRef, useState } from 'react';
import type { AgendaItemView, Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { cx } from '../../ui/class-names';
import { FormError } from '../../ui/form-error';
import { AgendaActions, type AgendaPanel } from './agenda-actions';
import { AgendaAskForm } from './agenda-ask-form';
import { AgendaDoneForm } from './agenda-done-form';
import { AgendaPutOffForm } from './agenda-put-off-form';
import {
  actionInWords,
  closedInWords,
  doerInWords,
  handoffInWords,
  occurrenceKey,
  overdueInWords,
  putOffInWords,
  putOffRange,
} from './agenda-view';
import type { AgendaAction } from './schedule-api';
import { useAgendaAction } from './use-schedule';

/** How an item tells the section what happened, so the news outlives the item's buttons. */
export interface AgendaFeedback {
  onStart: (key: string) => void;
  onDone: (key: string, message: string) => void;
  onFailed: (key: string, kind: AgendaAction['kind'], error: unknown) => void;
}

/** The panel each failed action is shown in, when that panel is open; elsewhere, on the item. */
const panelOf: Partial<Record<AgendaAction['kind'], AgendaPanel>> = {
  done: 'details',
  snooze: 'putOff',
  ask: 'ask',
};

interface AgendaItemProps {
  spaceId: string;
  myId: string;
  today: string;
  item: AgendaItemView;
  chore: Responsibility;
  members: readonly Member[];
  /** The last action on this occurrence, if it failed. */
  failure: { kind: AgendaAction['kind']; error: unknown } | undefined;
  feedback: AgendaFeedback;
}

/** One occurrence: what, who, when, where a hand-off stands, and what can be done about it. */
export function AgendaItem({
  spaceId,
  myId,
  today,
  item,
  chore,
  members,
  failure,
  feedback,
}: AgendaItemProps) {
  const action = useAgendaAction(spaceId, item.choreId, item.dueOn);
  const [panel, setPanel] = useState<AgendaPanel>();
  const toggles = useRef<Partial<Record<AgendaPanel, HTMLButtonElement | null>>>({});
  const key = occurrenceKey(item);
  const panelId = useId();

  const run = (next: AgendaAction) => {
    feedback.onStart(key);
    action.mutateAsync(next).then(
      () => {
        setPanel(undefined);
        feedback.onDone(key, actionInWords(next, item, chore.name, members));
      },
      (error: unknown) => feedback.onFailed(key, next.kind, error),
    );
  };
  const closePanel = () => {
    const toggle = panel ? toggles.current[panel] : undefined;
    setPanel(undefined);
    toggle?.focus();
  };
  const pending = action.isPending ? action.variables : undefined;
  // A failed save in an open form is shown in that form, next to the fields it names.
  const failedIn = failure ? panelOf[failure.kind] : undefined;
  const inPanel = failedIn !== undefined && panel === failedIn;
  const panelError = inPanel ? failure?.error : undefined;
  const setToggle = (which: AgendaPanel) => (node: HTMLButtonElement | null) => {
    toggles.current[which] = node;
  };

  const open = item.status === 'open';
  const completion = item.completion;
  const handoff = item.handoff;
  const range = open ? putOffRange(item, chore, today) : null;
  const who =
    handoff?.status === 'accepted'
      ? handoffInWords(item, myId, members)
      : doerInWords(item, myId, members);
  const handoffLine =
    open && handoff && handoff.status !== 'accepted' ? handoffInWords(item, myId, members) : null;
  const closed = closedInWords(item, myId, members);
  const overdue = overdueInWords(item);
  const putOff = putOffInWords(item);

  return (
    <li
      className={cx(
        'card agenda-item',
        item.overdue && 'agenda-item--overdue',
        !open && 'agenda-item--closed',
      )}
    >
      <h4 className="agenda-item__name" data-occurrence={key} tabIndex={-1}>
        {chore.name}
      </h4>
      {closed ? (
        <p className="agenda-item__closed">
          <span aria-hidden="true">{item.status === 'done' ? '✓ ' : '↷ '}</span>
          {closed}
        </p>
      ) : (
        <p className="agenda-item__who">{who}</p>
      )}
      {overdue ? (
        <p className="agenda-item__overdue">
          <span aria-hidden="true">⚠ </span>
          {overdue}
        </p>
      ) : null}
      {putOff ? <p className="agenda-item__when">{putOff}</p> : null}
      {handoffLine ? (
        <p
          className={cx(
            'agenda-item__handoff',
            item.capabilities.canAnswer && 'agenda-item__handoff--asked',
          )}
        >
          {handoffLine}
        </p>
      ) : null}
      {failure && !inPanel ? <FormError error={failure.error} /> : null}
      {open ? (
        <AgendaActions
          item={item}
          choreName={chore.name}
          myId={myId}
          members={members}
          canPutOff={range !== null}
          panel={panel}
          panelId={panelId}
          pending={pending}
          toggleRef={setToggle}
          onToggle={(which) => setPanel((current) => (current === which ? undefined : which))}
          onRun={run}
        />
      ) : completion?.canUndo ? (
        <div className="button-row">
          <Button
            variant="secondary"
            busy={pending?.kind === 'undo'}
            aria-label={t(
              item.status === 'done'
                ? 'chores.agenda.undoDoneLabel'
                : 'chores.agenda.undoSkipLabel',
              { name: chore.name },
            )}
            onClick={() => run({ kind: 'undo', completionId: completion.id })}
          >
            {t('chores.agenda.undo')}
          </Button>
        </div>
      ) : null}
      {open && panel === 'details' ? (
        <AgendaDoneForm
          id={panelId}
          choreName={chore.name}
          myId={myId}
          members={members}
          busy={pending?.kind === 'done'}
          error={panelError}
          onSubmit={run}
          onCancel={closePanel}
        />
      ) : null}
      {open && panel === 'putOff' && range ? (
        <AgendaPutOffForm
          id={panelId}
          choreName={chore.name}
          today={today}
          range={range}
          busyUntil={pending?.kind === 'snooze' ? pending.until : undefined}
          error={panelError}
          onSubmit={(until) => run({ kind: 'snooze', until })}
          onCancel={closePanel}
        />
      ) : null}
      {open && panel === 'ask' ? (
        <AgendaAskForm
          id={panelId}
          choreName={chore.name}
          myId={myId}
          members={members}
          busy={pending?.kind === 'ask'}
          error={panelError}
          onSubmit={(to) => run({ kind: 'ask', to })}
          onCancel={closePanel}
        />
      ) : null}
    </li>
  );
}
