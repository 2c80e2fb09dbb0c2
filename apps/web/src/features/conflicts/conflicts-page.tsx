import { Link } from 'react-router';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { useSignedInMe } from '../auth/me-context';
import { WorkItOutNav } from '../decisions/decide-nav';
import { useCurrentSpace } from '../spaces/space-context';
import { useMembers } from '../spaces/use-spaces';
import { nameOfIn } from './people';
import { PatternsSection } from './patterns-section';
import { RaiseSection } from './raise-section';
import { RepairsSection } from './repairs-section';
import { TopicListSection } from './topic-list-section';
import { usePatterns, useRepairs, useTopics } from './use-conflicts';

/**
 * "Work it out": raise something gently, the topics I am part of, repair attempts for the whole
 * space, and which subjects keep coming back.
 */
export function ConflictsPage() {
  const space = useCurrentSpace();
  const me = useSignedInMe();
  const topics = useTopics(space.id);
  const repairs = useRepairs(space.id);
  const patterns = usePatterns(space.id);
  const members = useMembers(space.id);

  const error = topics.error ?? repairs.error ?? patterns.error ?? members.error;
  let content;
  if (error) {
    content = (
      <LoadError
        error={error}
        onRetry={() => {
          void topics.refetch();
          void repairs.refetch();
          void patterns.refetch();
          void members.refetch();
        }}
      />
    );
  } else if (!topics.data || !repairs.data || !patterns.data || !members.data) {
    content = <Loading />;
  } else {
    const people = members.data.items;
    const nameOf = nameOfIn(people, me.id);
    const topicList = topics.data.items;
    content = (
      <>
        <RaiseSection spaceId={space.id} myId={me.id} members={people} />
        <TopicListSection
          spaceId={space.id}
          topics={topicList}
          myId={me.id}
          timeZone={me.timeZone}
          nameOf={nameOf}
        />
        <RepairsSection
          spaceId={space.id}
          topicId={null}
          repairs={repairs.data.items}
          nameOf={nameOf}
          timeZone={me.timeZone}
          topicTitleOf={(id) => topicList.find((topic) => topic.id === id)?.title}
        />
        <PatternsSection patterns={patterns.data.items} timeZone={me.timeZone} />
      </>
    );
  }

  return (
    <Page
      title={t('resolve.title')}
      documentTitle={t('common.inSpace', { page: t('resolve.title'), space: space.name })}
      lead={t('resolve.lead')}
      actions={<WorkItOutNav spaceId={space.id} />}
    >
      {content}
      <p className="muted">
        <Link to="/help">{t('resolve.safety')}</Link>
      </p>
    </Page>
  );
}
