import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { ButtonLink } from '../../../ui/button-link';
import { talkSessionPath } from '../connect-nav';
import { sessionStateInWords } from './session-words';
import { nameIn, otherIn } from './talk-people';

interface TalkListSectionProps {
  spaceId: string;
  myId: string;
  timeZone: string;
  sessions: readonly LiveSession[];
  members: readonly Member[];
}

/** "Your conversations": each with whom, where it stands, and a way back into it. */
export function TalkListSection({
  spaceId,
  myId,
  timeZone,
  sessions,
  members,
}: TalkListSectionProps) {
  return (
    <section className="section" aria-labelledby="talk-list-title">
      <h2 id="talk-list-title">{t('connect.talk.list.title')}</h2>
      {sessions.length === 0 ? (
        <p className="muted">{t('connect.talk.list.empty')}</p>
      ) : (
        <ul className="item-list">
          {sessions.map((session) => (
            <li key={session.id} className="card talk-item">
              <div>
                <h3 className="card__title talk-item__topic">{session.topic}</h3>
                <p className="muted talk-item__meta">
                  {t('connect.talk.list.meta', {
                    name: nameIn(members, otherIn(session, myId)),
                    state: sessionStateInWords(session, myId, members, timeZone),
                  })}
                </p>
              </div>
              <ButtonLink
                variant="secondary"
                className="talk-item__open"
                to={talkSessionPath(spaceId, session.id)}
                aria-label={t('connect.talk.list.openLabel', { topic: session.topic })}
              >
                {t('connect.talk.list.open')}
              </ButtonLink>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
