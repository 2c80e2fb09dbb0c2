import type { AgendaItemView, Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import type { AgendaAction } from './schedule-api';

/** The small forms an item can open below its buttons, one at a time. */
export type AgendaPanel = 'details' | 'putOff' | 'ask';

interface AgendaActionsProps {
  item: AgendaItemView;
  choreName: string;
  myId: string;
  members: readonly Member[];
  canPutOff: boolean;
  panel: AgendaPanel | undefined;
  /** The id of the open panel, which its button controls. */
  panelId: string;
  /** The action on its way to the server, if any: its button is busy, the others wait. */
  pending: AgendaAction | undefined;
  toggleRef: (panel: AgendaPanel) => (node: HTMLButtonElement | null) => void;
  onToggle: (panel: AgendaPanel) => void;
  onRun: (action: AgendaAction) => void;
}

/**
 * What can be done with an open occurrence. The capabilities come from the server, so only
 * what I may do is offered; done and skip are open to anyone, as anyone may have done it.
 */
export function AgendaActions({
  item,
  choreName: name,
  myId,
  members,
  canPutOff,
  panel,
  panelId,
  pending,
  toggleRef,
  onToggle,
  onRun,
}: AgendaActionsProps) {
  const { canAnswer, canAskToTake, canSnooze, canWithdraw } = item.capabilities;
  const others = members.filter((member) => member.userId !== myId);
  const [partner] = others;
  const waiting = pending !== undefined;
  const busy = (kind: AgendaAction['kind']) => pending?.kind === kind;
  const disclosure = (which: AgendaPanel) => ({
    ref: toggleRef(which),
    'aria-expanded': panel === which,
    'aria-controls': panel === which ? panelId : undefined,
    onClick: () => onToggle(which),
    disabled: waiting,
  });

  return (
    <div className="agenda-item__actions">
      {canAnswer ? (
        <div className="button-row">
          <Button
            busy={pending?.kind === 'answer' && pending.accept}
            disabled={waiting}
            aria-label={t('chores.agenda.acceptLabel', { name })}
            onClick={() => onRun({ kind: 'answer', accept: true })}
          >
            {t('chores.agenda.accept')}
          </Button>
          <Button
            variant="secondary"
            busy={pending?.kind === 'answer' && !pending.accept}
            disabled={waiting}
            aria-label={t('chores.agenda.declineLabel', { name })}
            onClick={() => onRun({ kind: 'answer', accept: false })}
          >
            {t('chores.agenda.decline')}
          </Button>
        </div>
      ) : null}
      <div className="button-row">
        <Button
          // The one thing to do next stands out only on my own; a partner's stays quiet.
          variant={item.ownerId === myId && !canAnswer ? 'primary' : 'secondary'}
          busy={busy('done') && panel !== 'details'}
          disabled={waiting}
          aria-label={t('chores.agenda.doneLabel', { name })}
          onClick={() => onRun({ kind: 'done' })}
        >
          {t('chores.agenda.done')}
        </Button>
        <Button
          variant="secondary"
          busy={busy('skip')}
          disabled={waiting}
          aria-label={t('chores.agenda.skipLabel', { name })}
          onClick={() => onRun({ kind: 'skip' })}
        >
          {t('chores.agenda.skip')}
        </Button>
        {canSnooze && canPutOff ? (
          <Button
            variant="secondary"
            aria-label={t('chores.agenda.putOffLabel', { name })}
            {...disclosure('putOff')}
          >
            {t('chores.agenda.putOff')}
          </Button>
        ) : null}
        {canAskToTake && partner && others.length === 1 ? (
          <Button
            variant="secondary"
            busy={busy('ask')}
            disabled={waiting}
            aria-label={t('chores.agenda.askLabel', { name: partner.displayName, chore: name })}
            onClick={() => onRun({ kind: 'ask', to: partner.userId })}
          >
            {t('chores.agenda.ask', { name: partner.displayName })}
          </Button>
        ) : null}
        {canAskToTake && others.length > 1 ? (
          <Button
            variant="secondary"
            aria-label={t('chores.agenda.askSomeoneLabel', { chore: name })}
            {...disclosure('ask')}
          >
            {t('chores.agenda.askSomeone')}
          </Button>
        ) : null}
        {canWithdraw ? (
          <Button
            variant="quiet"
            busy={busy('withdraw')}
            disabled={waiting}
            aria-label={t('chores.agenda.withdrawLabel', { name })}
            onClick={() => onRun({ kind: 'withdraw' })}
          >
            {t('chores.agenda.withdraw')}
          </Button>
        ) : null}
        {canSnooze && item.snoozedUntil ? (
          <Button
            variant="quiet"
            busy={busy('unsnooze')}
            disabled={waiting}
            aria-label={t('chores.agenda.bringBackLabel', {
              name,
              day: format.shortDay(item.dueOn),
            })}
            onClick={() => onRun({ kind: 'unsnooze' })}
          >
            {t('chores.agenda.bringBack')}
          </Button>
        ) : null}
      </div>
      <Button
        variant="quiet"
        className="agenda-item__details-toggle"
        aria-label={t('chores.agenda.detailsLabel', { name })}
        {...disclosure('details')}
      >
        {t('chores.agenda.details')}
      </Button>
    </div>
  );
}
