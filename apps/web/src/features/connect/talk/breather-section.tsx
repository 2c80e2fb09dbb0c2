import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ConfirmAction } from '../../../ui/confirm-action';
import { MoveError } from './move-error';
import { nameIn } from './talk-people';
import { clockTime } from './time-out';
import { useMinutesToWait } from './use-minutes-to-wait';
import { useTalkMove } from './use-talk';

interface BreatherSectionProps {
  spaceId: string;
  session: LiveSession;
  myId: string;
  members: readonly Member[];
  timeZone: string;
  onMoved: () => void;
}

/**
 * The break, as a calm screen of its own: when it ends, what helps meanwhile, and "Come back",
 * which opens by this device's clock once the time the server holds has come (the server has
 * the last word, and says kindly if it is a moment early).
 */
export function BreatherSection({
  spaceId,
  session,
  myId,
  members,
  timeZone,
  onMoved,
}: BreatherSectionProps) {
  const move = useTalkMove(spaceId, session.id);
  const until = session.timeout?.until ?? session.updatedAt;
  const left = useMinutesToWait(until);
  const waiting = left !== null;
  const by = session.timeout?.by;
  const pendingType = move.isPending ? move.variables.type : undefined;
  const send = (type: 'resume' | 'end') => move.mutate({ type }, { onSuccess: onMoved });

  return (
    <section className="card talk-breather" aria-labelledby="talk-breather-title">
      <h2 id="talk-breather-title" className="talk-breather__title" tabIndex={-1} data-talk-focus>
        {t('connect.talk.breather.title')}
      </h2>
      <p className="talk-breather__back" role="status" id="talk-breather-back">
        {t('connect.talk.breather.back', { time: clockTime(until, timeZone) })}
        {waiting ? null : (
          <span className="talk-breather__ready"> {t('connect.talk.breather.ready')}</span>
        )}
      </p>
      {waiting ? (
        <p className="muted talk-breather__left" id="talk-breather-left">
          {t('connect.talk.breather.left', { count: left })}
        </p>
      ) : null}
      <p>
        {by === myId
          ? t('connect.talk.breather.byYou')
          : t('connect.talk.breather.byThem', { name: nameIn(members, by ?? '') })}
      </p>
      <p>{t('connect.talk.breather.tip')}</p>
      <p className="muted">{t('connect.talk.breather.why')}</p>
      <MoveError error={move.error} />
      <div className="button-row">
        <Button
          disabled={waiting || move.isPending}
          busy={pendingType === 'resume'}
          aria-describedby={waiting ? 'talk-breather-back talk-breather-left' : undefined}
          onClick={() => send('resume')}
        >
          {t('connect.talk.breather.resume')}
        </Button>
        {session.allowedMoves.includes('end') ? (
          <ConfirmAction
            label={t('connect.talk.actions.end')}
            question={t('connect.talk.end.question')}
            confirmLabel={t('connect.talk.end.yes')}
            cancelLabel={t('connect.talk.end.no')}
            busy={pendingType === 'end'}
            onConfirm={() => send('end')}
          />
        ) : null}
      </div>
    </section>
  );
}
