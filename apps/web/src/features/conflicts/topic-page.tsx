import { useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LoadError } from '../../app/load-error';
import { NotFoundPage } from '../../app/not-found-page';
import { isNotFound } from '../../lib/api/api-error';
import { t } from '../../lib/i18n';
import { useToday } from '../../lib/use-today';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { BreatherSection } from './breather-section';
import { displayNameIn, nameOfIn } from './people';
import { RemoveTopic } from './remove-topic';
import { RepairsSection } from './repairs-section';
import { resolvePath } from './resolve-paths';
import { TagsForm } from './tags-form';
import { TopicHeader } from './topic-header';
import { TopicWalk } from './topic-walk';
import { useRepairs, useTopic } from './use-conflicts';
import { topicStage, useFocusOnNewStage } from './use-focus-on-new-stage';

/**
 * One topic, its title as the heading: what was raised, then either the calm screen of a break
 * or the steps — sides, ideas, agreement, "did it hold?" — with repairs and tags. Both screens
 * follow the server through the 'conflict' event.
 */
export function TopicPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const { topicId = '' } = useParams();
  const topic = useTopic(space.id, topicId);
  const members = useMembers(space.id);
  const repairs = useRepairs(space.id);
  const today = useToday(me.timeZone);
  const screen = useRef<HTMLDivElement>(null);
  useFocusOnNewStage(screen, topic.data ? topicStage(topic.data, me.id) : undefined);

  const error = topic.error ?? members.error ?? repairs.error;
  if (isNotFound(topic.error)) return <NotFoundPage />;
  const title = topic.data?.title ?? t('resolve.title');

  let content;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void topic.refetch();
          void members.refetch();
          void repairs.refetch();
        }}
      />
    );
  } else if (!topic.data || !members.data || !repairs.data) {
    content = <Loading />;
  } else {
    const current = topic.data;
    const people = members.data.items;
    const nameOf = nameOfIn(people, me.id);
    const displayNameOf = (userId: string) => displayNameIn(people, userId);
    content = (
      <div ref={screen} className="resolve-topic">
        <TopicHeader topic={current} myId={me.id} nameOf={displayNameOf} timeZone={me.timeZone} />
        {current.pause ? (
          <BreatherSection
            spaceId={space.id}
            topic={current}
            pause={current.pause}
            myId={me.id}
            byName={displayNameOf(current.pause.by)}
            timeZone={me.timeZone}
            today={today}
          />
        ) : (
          <TopicWalk
            spaceId={space.id}
            topic={current}
            myId={me.id}
            members={people}
            nameOf={nameOf}
            displayNameOf={displayNameOf}
            timeZone={me.timeZone}
            today={today}
          />
        )}
        {/* Any time, during a break too: reaching out is what a break is for. */}
        <RepairsSection
          spaceId={space.id}
          topicId={current.id}
          repairs={repairs.data.items.filter((repair) => repair.topicId === current.id)}
          nameOf={nameOf}
          timeZone={me.timeZone}
        />
        <section className="card resolve-topic__more" aria-labelledby="resolve-more-title">
          <h2 id="resolve-more-title">{t('resolve.topic.more')}</h2>
          <TagsForm spaceId={space.id} topicId={current.id} tags={current.tags} />
          {current.capabilities.canDelete ? (
            <RemoveTopic
              spaceId={space.id}
              topicId={current.id}
              onRemoved={() => void navigate(resolvePath(space.id))}
            />
          ) : null}
        </section>
      </div>
    );
  }

  return (
    <Page
      title={title}
      documentTitle={t('common.inSpace', { page: title, space: space.name })}
      actions={
        <Link className="resolve-back" to={resolvePath(space.id)}>
          {t('resolve.topic.back')}
        </Link>
      }
    >
      {content}
    </Page>
  );
}
