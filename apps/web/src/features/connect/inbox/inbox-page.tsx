import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { InboxSettingsSection } from './inbox-settings-section';
import { NotificationList } from './notification-list';
import { useInbox, useInboxSettings } from './use-inbox';
import { useSenderClues } from './use-sender-clues';

/**
 * "Notifications": what has happened lately, each leading to its place; and what I want to
 * hear about, with quiet hours. Live: a new one appears at the top as it arrives.
 */
export function InboxPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const inbox = useInbox(space.id);
  const settings = useInboxSettings(space.id);
  const senders = useSenderClues(space.id, inbox.data?.items);

  const error = inbox.error ?? settings.error;
  const retry = () => {
    void inbox.refetch();
    void settings.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!inbox.data || !settings.data) {
    content = <Loading />;
  } else {
    content = (
      <>
        <NotificationList
          spaceId={space.id}
          inbox={inbox.data}
          clues={senders.clues}
          timeZone={me.timeZone}
        />
        <InboxSettingsSection spaceId={space.id} settings={settings.data} timeZone={me.timeZone} />
      </>
    );
  }

  return (
    <Page
      title={t('connect.inbox.title')}
      documentTitle={t('common.inSpace', { page: t('connect.inbox.title'), space: space.name })}
      lead={t('connect.inbox.lead')}
    >
      {content}
    </Page>
  );
}
