import type { LiveSession, Member, MoveBody } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ConfirmAction } from '../../../ui/confirm-action';
import { MoveError } from './move-error';
import { solveNote, statusLine } from './status-line';
import { TalkComposer } from './talk-composer';
import { composerFor, isLeadingMove, tapMovesFor, type TapMove } from './talk-moves';
import { timeOutUntil } from './time-out';
import { TimeOutChoice } from './time-out-choice';
import { useTalkMove } from './use-talk';

interface TalkNowPanelProps {
  spaceId: string;
  session: LiveSession;
  myId: string;
  members: readonly Member[];
  timeZone: string;
  draft: string;
  onDraft: (text: string) => void;
  /** After a move of mine went through and the screen shows where things stand now. */
  onMoved: () => void;
}

const tapLabels = {
  join: 'connect.talk.actions.join',
  confirm: 'connect.talk.actions.confirm',
  pass_floor: 'connect.talk.actions.passFloor',
  ask_to_solve: 'connect.talk.actions.askToSolve',
} as const;

/**
 * Where things stand for me, and exactly the moves the server says are mine to make now: the
 * status line, then what leads ("Join", "That's it"), the text box, and the rest.
 */
export function TalkNowPanel({
  spaceId,
  session,
  myId,
  members,
  timeZone,
  draft,
  onDraft,
  onMoved,
}: TalkNowPanelProps) {
  const move = useTalkMove(spaceId, session.id);
  const composer = composerFor(session.allowedMoves);
  const taps = tapMovesFor(session.allowedMoves);
  const note = solveNote(session, myId, members);
  const pendingType = move.isPending ? move.variables.type : undefined;

  const send = (body: MoveBody) =>
    move.mutate(body, {
      onSuccess: () => {
        // Only what was sent is cleared: a refused turn keeps every word typed.
        if ('text' in body) onDraft('');
        onMoved();
      },
    });

  const tap = (type: TapMove) => {
    switch (type) {
      case 'join':
      case 'confirm':
      case 'pass_floor':
      case 'ask_to_solve':
        return (
          <Button
            key={type}
            variant={isLeadingMove(type) ? 'primary' : 'secondary'}
            busy={pendingType === type}
            disabled={move.isPending}
            onClick={() => send({ type })}
          >
            {t(tapLabels[type])}
          </Button>
        );
      case 'timeout':
        return (
          <TimeOutChoice
            key={type}
            pending={pendingType === 'timeout'}
            disabled={move.isPending}
            onChoose={(minutes) => send({ type, until: timeOutUntil(minutes, Date.now()) })}
          />
        );
      case 'end':
        return (
          <ConfirmAction
            key={type}
            label={t('connect.talk.actions.end')}
            question={t('connect.talk.end.question')}
            confirmLabel={t('connect.talk.end.yes')}
            cancelLabel={t('connect.talk.end.no')}
            busy={pendingType === 'end'}
            onConfirm={() => send({ type })}
          />
        );
    }
  };
  const leading = taps.filter(isLeadingMove);
  const following = taps.filter((type) => !isLeadingMove(type));

  return (
    <div className="card talk-now">
      <p className="talk-status" role="status" tabIndex={-1} data-talk-focus>
        {statusLine(session, myId, members, timeZone)}
      </p>
      {note ? <p className="talk-note">{note}</p> : null}
      <MoveError error={move.error} />
      {leading.length > 0 ? <div className="button-row">{leading.map(tap)}</div> : null}
      {composer ? (
        <TalkComposer
          // A new kind of turn starts with its own "write something first" state.
          key={composer}
          kind={composer}
          draft={draft}
          onDraft={onDraft}
          onSubmit={(text) => send({ type: composer, text })}
          busy={pendingType === composer}
          disabled={move.isPending}
          error={fieldError(move.error, 'text')}
        />
      ) : null}
      {following.length > 0 ? (
        <div className="button-row talk-now__more">{following.map(tap)}</div>
      ) : null}
    </div>
  );
}
