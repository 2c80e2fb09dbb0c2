import type { ConflictTopic } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import type { NameOf } from './people';
import { TagList } from './tag-list';

interface TopicHeaderProps {
  topic: ConflictTopic;
  myId: string;
  nameOf: NameOf;
  timeZone: string;
}

/** Who raised it, when, who it is between, and what they wrote. */
export function TopicHeader({ topic, myId, nameOf, timeZone }: TopicHeaderProps) {
  const others = topic.participantIds.filter((id) => id !== myId);
  const date = format.date(topic.createdAt, timeZone);
  return (
    <section className="card resolve-raised" aria-labelledby="resolve-raised-title">
      <h2 id="resolve-raised-title" className="resolve-raised__title">
        {topic.raisedBy === myId
          ? t('resolve.topic.raisedByYou', { date })
          : t('resolve.topic.raisedBy', { name: nameOf(topic.raisedBy), date })}
      </h2>
      <p className="resolve-raised__text">{topic.text}</p>
      <p className="muted">
        {t('resolve.topic.between', { names: format.list(others.map(nameOf)) })}
      </p>
      <TagList tags={topic.tags} />
    </section>
  );
}
