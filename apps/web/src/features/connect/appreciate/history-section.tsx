import type { Appreciation, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { cx } from '../../../ui/class-names';
import { useMinute } from '../inbox/use-minute';
import { nameIn } from '../talk/talk-people';
import { hasArrived } from './delivery';
import { givenMeta, receivedMeta } from './history-words';

interface HistorySectionProps {
  received: readonly Appreciation[];
  given: readonly Appreciation[];
  members: readonly Member[];
  timeZone: string;
}

/** "Received" and "Given": the notes themselves, with who and when; a scheduled one says when. */
export function HistorySection({ received, given, members, timeZone }: HistorySectionProps) {
  const now = new Date(useMinute());
  return (
    <section className="section" aria-labelledby="appreciate-history-title">
      <h2 id="appreciate-history-title">{t('connect.appreciate.history.title')}</h2>
      <div className="appreciate-history">
        <section aria-labelledby="appreciate-received-title">
          <h3 id="appreciate-received-title">{t('connect.appreciate.history.received')}</h3>
          {received.length === 0 ? (
            <p className="muted">{t('connect.appreciate.history.receivedEmpty')}</p>
          ) : (
            <ul className="item-list">
              {received.map((note) => (
                <li key={note.id} className="card appreciation-note">
                  <p className="appreciation-note__text">{note.text}</p>
                  <p className="muted appreciation-note__meta">
                    {receivedMeta(note, nameIn(members, note.fromId), timeZone)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="appreciate-given-title">
          <h3 id="appreciate-given-title">{t('connect.appreciate.history.given')}</h3>
          {given.length === 0 ? (
            <p className="muted">{t('connect.appreciate.history.givenEmpty')}</p>
          ) : (
            <ul className="item-list">
              {given.map((note) => (
                <li
                  key={note.id}
                  className={cx(
                    'card appreciation-note',
                    !hasArrived(note, now) && 'appreciation-note--scheduled',
                  )}
                >
                  <p className="appreciation-note__text">{note.text}</p>
                  <p className="muted appreciation-note__meta">
                    {givenMeta(note, nameIn(members, note.toId), timeZone, now)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
