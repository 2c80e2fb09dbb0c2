import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { ConnectNav } from '../connect-nav';
import { InvitationsSection } from './invitations-section';
import { KeptSummariesSection } from './kept-summaries-section';
import { invitationsFor, othersThan } from './session-words';
import { StartTalkSection } from './start-talk-section';
import { TalkListSection } from './talk-list-section';
import { TalkMethod } from './talk-method';
import { useTalkSessions } from './use-talk';

/**
 * "Talk": an invitation from the other person first, when there is one; then how the method
 * works, a way to start a conversation, and my recent ones. Live: a new invitation appears as
 * soon as it is sent.
 */
export function TalkPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const members = useMembers(space.id);
  const sessions = useTalkSessions(space.id);

  const error = members.error ?? sessions.error;
  const retry = () => {
    void members.refetch();
    void sessions.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!members.data || !sessions.data) {
    content = <Loading />;
  } else {
    const people = members.data.items;
    const all = sessions.data.items;
    content = (
      <>
        <InvitationsSection
          spaceId={space.id}
          invitations={invitationsFor(all, me.id)}
          members={people}
        />
        <TalkMethod />
        <StartTalkSection spaceId={space.id} spaceKind={space.kind} members={people} />
        <TalkListSection
          spaceId={space.id}
          myId={me.id}
          timeZone={me.timeZone}
          sessions={othersThan(all, me.id)}
          members={people}
        />
        <KeptSummariesSection
          spaceId={space.id}
          myId={me.id}
          timeZone={me.timeZone}
          members={people}
        />
      </>
    );
  }

  return (
    <Page
      title={t('connect.talk.title')}
      documentTitle={t('common.inSpace', { page: t('connect.talk.title'), space: space.name })}
      lead={t('connect.talk.lead')}
      actions={<ConnectNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
