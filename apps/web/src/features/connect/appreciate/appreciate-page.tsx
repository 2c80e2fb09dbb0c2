import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { ConnectNav } from '../connect-nav';
import { CareSection } from './care-section';
import { HistorySection } from './history-section';
import { SendSection } from './send-section';
import { useAppreciations, useCare } from './use-appreciate';

/**
 * "Appreciate": a note for the other person, now or for tomorrow morning; the notes received
 * and given; and how each of us likes to receive care. Live: a note appears when it arrives.
 */
export function AppreciatePage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const members = useMembers(space.id);
  const notes = useAppreciations(space.id);
  const care = useCare(space.id);

  const error = members.error ?? notes.error ?? care.error;
  const retry = () => {
    void members.refetch();
    void notes.refetch();
    void care.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!members.data || !notes.data || !care.data) {
    content = <Loading />;
  } else {
    const people = members.data.items;
    content = (
      <>
        <SendSection
          spaceId={space.id}
          spaceKind={space.kind}
          members={people}
          timeZone={me.timeZone}
        />
        <HistorySection
          received={notes.data.received}
          given={notes.data.given}
          members={people}
          timeZone={me.timeZone}
        />
        <CareSection spaceId={space.id} care={care.data.items} members={people} />
      </>
    );
  }

  return (
    <Page
      title={t('connect.appreciate.title')}
      documentTitle={t('common.inSpace', {
        page: t('connect.appreciate.title'),
        space: space.name,
      })}
      lead={t('connect.appreciate.lead')}
      actions={<ConnectNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
