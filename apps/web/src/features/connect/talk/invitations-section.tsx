import { useNavigate } from 'react-router';
import type { LiveSession, Member } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { talkSessionPath } from '../connect-nav';
import { MoveError } from './move-error';
import { nameIn } from './talk-people';
import { useJoinTalk } from './use-talk';

interface InvitationsSectionProps {
  spaceId: string;
  invitations: readonly LiveSession[];
  members: readonly Member[];
}

/** "Sam would like to talk about “Our evenings”", first on the page, one tap to join. */
export function InvitationsSection({ spaceId, invitations, members }: InvitationsSectionProps) {
  const join = useJoinTalk(spaceId);
  const navigate = useNavigate();
  if (invitations.length === 0) return null;

  return (
    <section className="section section--first" aria-labelledby="talk-invitations-title">
      <h2 id="talk-invitations-title">{t('connect.talk.incoming.title')}</h2>
      <ul className="item-list">
        {invitations.map((session) => {
          const sentenceId = `talk-invitation-${session.id}`;
          const joining = join.isPending && join.variables === session.id;
          return (
            <li key={session.id} className="card talk-invitation">
              <p className="talk-invitation__sentence" id={sentenceId}>
                {t('connect.talk.incoming.invite', {
                  name: nameIn(members, session.starterId),
                  topic: session.topic,
                })}
              </p>
              {join.isError && join.variables === session.id ? (
                <MoveError error={join.error} />
              ) : null}
              <Button
                aria-describedby={sentenceId}
                busy={joining}
                disabled={join.isPending}
                onClick={() =>
                  join.mutate(session.id, {
                    onSuccess: () => void navigate(talkSessionPath(spaceId, session.id)),
                  })
                }
              >
                {t('connect.talk.incoming.join')}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
