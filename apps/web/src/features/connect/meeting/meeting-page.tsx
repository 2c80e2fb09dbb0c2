import { useState } from 'react';
import { LoadError } from '../../../app/load-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { ConnectNav } from '../connect-nav';
import { AgendaSection } from './agenda-section';
import { EarlierSection } from './earlier-section';
import { splitMeetings } from './meeting-list';
import { MeetingWalk } from './meeting-walk';
import { ScheduleSection } from './schedule-section';
import { StartSection } from './start-section';
import { useAgenda, useMeetings, useMeetingSettings } from './use-meeting';

/**
 * "Weekly meeting": this week's meeting to start or continue, when it is, the agenda either of
 * us adds to during the week, and the earlier meetings with their notes. Once opened, the
 * meeting walks both through its steps; the step is the server's, so each screen follows the
 * other live (a 'meeting' event refetches it).
 */
export function MeetingPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const members = useMembers(space.id);
  const settings = useMeetingSettings(space.id);
  const agenda = useAgenda(space.id);
  const meetings = useMeetings(space.id);
  // The meeting this screen opened: the walk shows while it is under way.
  const [openId, setOpenId] = useState<string>();
  const [leftCount, setLeftCount] = useState(0);

  const error = members.error ?? settings.error ?? agenda.error ?? meetings.error;
  const retry = () => {
    void members.refetch();
    void settings.refetch();
    void agenda.refetch();
    void meetings.refetch();
  };

  let content;
  if (error) {
    content = <LoadError error={error} onRetry={retry} />;
  } else if (!members.data || !settings.data || !agenda.data || !meetings.data) {
    content = <Loading />;
  } else {
    const people = members.data.items;
    const { current, earlier } = splitMeetings(meetings.data.items);
    const viewer = { myId: me.id, timeZone: me.timeZone, members: people };
    // Ended on either screen while open: back to the overview, saying so.
    const ended = openId !== undefined && earlier.some((meeting) => meeting.id === openId);
    content =
      current && current.id === openId ? (
        <MeetingWalk
          key={current.id}
          spaceId={space.id}
          meeting={current}
          viewer={viewer}
          onLeave={() => {
            setOpenId(undefined);
            setLeftCount((count) => count + 1);
          }}
        />
      ) : (
        <>
          <StartSection
            spaceId={space.id}
            current={current}
            viewer={viewer}
            ended={ended}
            focusRequest={leftCount}
            onOpen={setOpenId}
          />
          <ScheduleSection spaceId={space.id} settings={settings.data} timeZone={me.timeZone} />
          <AgendaSection spaceId={space.id} topics={agenda.data.items} viewer={viewer} />
          <EarlierSection meetings={earlier} viewer={viewer} />
          <p className="muted meeting-why">{t('connect.meeting.why')}</p>
        </>
      );
  }

  return (
    <Page
      title={t('connect.meeting.title')}
      documentTitle={t('common.inSpace', { page: t('connect.meeting.title'), space: space.name })}
      lead={t('connect.meeting.lead')}
      actions={<ConnectNav spaceId={space.id} />}
    >
      {content}
    </Page>
  );
}
