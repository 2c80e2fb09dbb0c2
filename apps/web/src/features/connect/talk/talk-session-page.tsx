import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../../app/load-error';
import { NotFoundPage } from '../../../app/not-found-page';
import { isNotFound } from '../../../lib/api/api-error';
import { t } from '../../../lib/i18n';
import { Loading } from '../../../ui/loading';
import { Page } from '../../../ui/page';
import { useSignedInMe } from '../../auth/me-context';
import { useCurrentSpace } from '../../spaces/space-context';
import { useMembers } from '../../spaces/use-spaces';
import { talkPath } from '../connect-nav';
import { BreatherSection } from './breather-section';
import { SummarySection } from './summary-section';
import { nameIn, otherIn } from './talk-people';
import { TalkNowPanel } from './talk-now-panel';
import { TurnList } from './turn-list';
import { useTalkSession } from './use-talk';

/**
 * One live conversation, the topic as its heading: the turns so far, then where things stand
 * for me and the moves that are mine now; a calm screen of its own during a break; summaries
 * once it has ended. Both screens follow the server's state through the 'session' event.
 */
export function TalkSessionPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const { sessionId = '' } = useParams();
  const session = useTalkSession(space.id, sessionId);
  const members = useMembers(space.id);
  // Held here, not in the text box, so a refusal or the other person's move never loses it.
  const [draft, setDraft] = useState('');
  const screen = useRef<HTMLDivElement>(null);

  // The button just pressed has often gone (the step moved on): carry on from the sentence that
  // says where things stand now, rather than from the top of the page.
  const afterMove = () =>
    requestAnimationFrame(() => {
      if (document.activeElement !== document.body) return;
      screen.current?.querySelector<HTMLElement>('[data-talk-focus]')?.focus();
    });

  const error = session.error ?? members.error;
  if (isNotFound(error)) return <NotFoundPage />;
  const title = session.data?.topic ?? t('connect.talk.title');

  let content;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void session.refetch();
          void members.refetch();
        }}
      />
    );
  } else if (!session.data || !members.data) {
    content = <Loading />;
  } else {
    const current = session.data;
    const people = members.data.items;
    const shared = {
      spaceId: space.id,
      session: current,
      myId: me.id,
      members: people,
    };
    content = (
      <div ref={screen} className="talk-session">
        <p className="muted talk-session__with">
          {t('connect.talk.session.with', { name: nameIn(people, otherIn(current, me.id)) })}
        </p>
        {current.phase === 'timeout' ? (
          <BreatherSection {...shared} timeZone={me.timeZone} onMoved={afterMove} />
        ) : (
          <>
            <TurnList turns={current.turns} myId={me.id} members={people} timeZone={me.timeZone} />
            <TalkNowPanel
              {...shared}
              timeZone={me.timeZone}
              draft={draft}
              onDraft={setDraft}
              onMoved={afterMove}
            />
            {current.phase === 'ended' ? <SummarySection {...shared} /> : null}
          </>
        )}
      </div>
    );
  }

  return (
    <Page
      title={title}
      documentTitle={t('common.inSpace', { page: title, space: space.name })}
      actions={
        <Link className="talk-session__back" to={talkPath(space.id)}>
          {t('connect.talk.session.back')}
        </Link>
      }
    >
      {content}
    </Page>
  );
}
