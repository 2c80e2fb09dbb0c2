import { useSearchParams } from 'react-router';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { useToday } from '../../lib/use-today';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { TogetherApartNav } from '../growth/together-apart-nav';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { FeedSection } from './feed-section';
import { ImportSection } from './import-section';
import type { TimeContext } from './time-context';
import { knownTimeZone } from './time-format';
import { WeekSection } from './week-section';
import { WishesSection } from './wishes-section';
import { mondayOf, weekParam } from './week-nav';

/**
 * "Time together and apart": the week in my zone with each one's balance against the one they
 * wish for and the events day by day, then my wished balance, my calendar address and importing
 * a calendar file. The week lives in the URL (`?week=`), so Back and a shared link work.
 */
export function TimePage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const today = useToday(me.timeZone);
  const [searchParams] = useSearchParams();
  const thisMonday = mondayOf(today);
  const monday = weekParam(searchParams.get('week')) ?? thisMonday;
  const members = useMembers(space.id);

  let content;
  if (members.error) {
    content = <LoadError error={members.error} onRetry={() => void members.refetch()} />;
  } else if (!members.data) {
    content = <Loading />;
  } else {
    const context: TimeContext = {
      spaceId: space.id,
      myId: me.id,
      timeZone: knownTimeZone(me.timeZone),
      today,
      members: members.data.items,
    };
    content = (
      <>
        <WeekSection context={context} monday={monday} thisMonday={thisMonday} />
        <WishesSection context={context} />
        <FeedSection spaceId={space.id} />
        <ImportSection spaceId={space.id} />
      </>
    );
  }

  return (
    <Page
      title={t('time.title')}
      documentTitle={t('common.inSpace', { page: t('time.nav'), space: space.name })}
      lead={t('time.lead')}
      actions={<TogetherApartNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
