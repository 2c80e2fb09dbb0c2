import { Link } from 'react-router';
import type { ConflictTopic } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import type { NameOf } from './people';
import { topicPath } from './resolve-paths';
import { TagList } from './tag-list';
import { topicStatus } from './topic-words';

interface TopicListSectionProps {
  spaceId: string;
  topics: readonly ConflictTopic[];
  myId: string;
  timeZone: string;
  nameOf: NameOf;
}

/** The topics I take part in, newest first, each with where it stands in words. */
export function TopicListSection({
  spaceId,
  topics,
  myId,
  timeZone,
  nameOf,
}: TopicListSectionProps) {
  return (
    <section className="resolve-topics" aria-labelledby="resolve-topics-title">
      <h2 id="resolve-topics-title">{t('resolve.topics.title')}</h2>
      {topics.length === 0 ? (
        <p className="muted">{t('resolve.topics.none')}</p>
      ) : (
        <ul className="resolve-topics__list">
          {topics.map((topic) => (
            <li key={topic.id} className="card resolve-topic-item">
              <Link className="resolve-topic-item__title" to={topicPath(spaceId, topic.id)}>
                {topic.title}
              </Link>
              <p className="resolve-topic-item__status">{topicStatus(topic, myId, nameOf)}</p>
              <p className="muted resolve-topic-item__meta">
                {t('resolve.topics.raised', {
                  name: nameOf(topic.raisedBy),
                  date: format.date(topic.createdAt, timeZone),
                })}
              </p>
              <TagList tags={topic.tags} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
