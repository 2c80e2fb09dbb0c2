import { useId } from 'react';
import type { Meeting } from '@tandem/shared';
import { t } from '../../../lib/i18n';
import type { MeetingTopic } from './meeting-api';
import { topicNote } from './meeting-notes';
import type { MeetingViewer } from './meeting-viewer';
import { addedBy } from './meeting-words';
import { MeetingNote, type NoteControls } from './note-field';
import { TopicTalk } from './topic-talk';

const TOPIC_NOTE_MAX = 2000;

interface TopicsStepProps {
  spaceId: string;
  meeting: Meeting;
  viewer: MeetingViewer;
  notes: NoteControls;
  /** Live talks started from this screen, by topic. */
  talks: Readonly<Record<string, string>>;
  onTalkStarted: (topicId: string, sessionId: string) => void;
}

function TopicCard(props: Omit<TopicsStepProps, 'meeting'> & { topic: MeetingTopic }) {
  const { spaceId, topic, viewer, notes, talks, onTalkStarted } = props;
  const titleId = useId();
  return (
    <article className="card meeting-topic" aria-labelledby={titleId}>
      <h4 id={titleId} className="meeting-topic__text">
        {topic.text}
      </h4>
      <p className="muted meeting-topic__by">{addedBy(topic.addedBy, viewer)}</p>
      <MeetingNote
        noteKey={topicNote(topic.id)}
        notes={notes}
        label={t('connect.meeting.topics.note', { topic: topic.text })}
        maxLength={TOPIC_NOTE_MAX}
        saveLabel={t('connect.meeting.topics.saveNote')}
        saveDescribedBy={titleId}
      />
      <TopicTalk
        spaceId={spaceId}
        topicText={topic.text}
        others={viewer.members.filter((member) => member.userId !== viewer.myId)}
        sessionId={talks[topic.id]}
        onStarted={(sessionId) => onTalkStarted(topic.id, sessionId)}
        describedBy={titleId}
      />
    </article>
  );
}

/** The topics this meeting took up, one at a time: a note each, and a live talk if need be. */
export function TopicsStep({ meeting, ...rest }: TopicsStepProps) {
  if (meeting.topics.length === 0) {
    return <p className="muted">{t('connect.meeting.topics.none')}</p>;
  }
  return (
    <ul className="item-list meeting-topics">
      {meeting.topics.map((topic) => (
        <li key={topic.id}>
          <TopicCard topic={topic} {...rest} />
        </li>
      ))}
    </ul>
  );
}
