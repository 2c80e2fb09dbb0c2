import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { cx } from '../../../ui/class-names';
import { clockTime } from './time-out';
import { turnInWords, turnShape } from './turn-words';

interface TurnListProps {
  turns: LiveSession['turns'];
  myId: string;
  members: readonly Member[];
  timeZone: string;
}

/**
 * The conversation so far, oldest first: what each said on their own side, and the moments
 * between (the floor passing, a break) as quiet lines. A log, so a new turn from the other
 * person is read out as it arrives.
 */
export function TurnList({ turns, myId, members, timeZone }: TurnListProps) {
  return (
    <section className="section section--first talk-turns" aria-labelledby="talk-turns-title">
      <h2 id="talk-turns-title">{t('connect.talk.turns.title')}</h2>
      <div role="log" aria-labelledby="talk-turns-title">
        {turns.length === 0 ? (
          <p className="muted">{t('connect.talk.turns.empty')}</p>
        ) : (
          <ol className="talk-turns__list">
            {turns.map((turn, index) => (
              <li
                // Turns are only ever added, never moved or removed: the position is stable.
                key={index}
                className={cx(
                  'talk-turn',
                  `talk-turn--${turn.kind}`,
                  `talk-turn--${turnShape(turn)}`,
                  turn.by === myId ? 'talk-turn--mine' : 'talk-turn--theirs',
                )}
              >
                <p className="talk-turn__who">
                  {turnInWords(turn, myId, members)}{' '}
                  <time className="talk-turn__at" dateTime={turn.at}>
                    {clockTime(turn.at, timeZone)}
                  </time>
                </p>
                {turnShape(turn) === 'words' ? (
                  <p className="talk-turn__text">{turn.text}</p>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
