import { useSearchParams } from 'react-router';
import { LoadError } from '../../app/load-error';
import { parseDay, relativeDay } from '../../lib/dates';
import { format, t } from '../../lib/i18n';
import { useToday } from '../../lib/use-today';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { canCheckInOn, waitingOn } from './checkin-list';
import { DayNav } from './day-nav';
import { EveryoneSection } from './everyone-section';
import { MyCheckinSection } from './my-checkin-section';
import { useCheckins } from './use-checkins';

function dayTitle(day: string, today: string): string {
  switch (relativeDay(day, today)) {
    case 'today':
      return t('today.title');
    case 'yesterday':
      return t('today.yesterday');
    case 'tomorrow':
      return t('today.tomorrow');
    case undefined:
      return format.day(day);
  }
}

/** "Today": my check-in for the day and everyone else's, reveal-together. */
export function TodayPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const [searchParams] = useSearchParams();
  const today = useToday(me.timeZone);
  const day = parseDay(searchParams.get('date')) ?? today;
  const checkins = useCheckins(space.id, day);
  const members = useMembers(space.id);
  const title = dayTitle(day, today);

  const error = checkins.error ?? members.error;
  const retry = () => {
    void checkins.refetch();
    void members.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!checkins.data || !members.data) {
    content = <Loading />;
  } else {
    const waitingFor = waitingOn(checkins.data, day);
    const mine = checkins.data.items.find((item) => item.authorId === me.id);
    const others = checkins.data.items.filter((item) => item.authorId !== me.id);
    content = (
      <>
        {day > today ? <Alert tone="info">{t('today.future')}</Alert> : null}
        <MyCheckinSection
          key={day}
          spaceId={space.id}
          day={day}
          mine={mine}
          myName={me.displayName}
          othersWaiting={waitingFor.some((userId) => userId !== me.id)}
          canCheckIn={canCheckInOn(checkins.data, day)}
        />
        <EveryoneSection
          spaceId={space.id}
          others={others}
          members={members.data.items}
          waitingFor={waitingFor}
        />
      </>
    );
  }

  return (
    <Page
      title={title}
      documentTitle={t('common.inSpace', { page: title, space: space.name })}
      lead={<time dateTime={day}>{format.day(day, true)}</time>}
      actions={<DayNav spaceId={space.id} day={day} today={today} />}
    >
      {content}
    </Page>
  );
}
