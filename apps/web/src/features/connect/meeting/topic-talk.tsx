import { useState } from 'react';
import type { Member } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ButtonLink } from '../../../ui/button-link';
import { FormError } from '../../../ui/form-error';
import { SelectField } from '../../../ui/select-field';
import { talkSessionPath } from '../connect-nav';
import { useStartTalk } from '../talk/use-talk';
import { talkTopic } from './meeting-words';

interface TopicTalkProps {
  spaceId: string;
  topicText: string;
  /** Everyone but me: in a household, whom to talk with is a choice. */
  others: readonly Member[];
  /** The live talk already started on this topic from this screen. */
  sessionId: string | undefined;
  onStarted: (sessionId: string) => void;
  /** The topic's heading, so "Talk about it live" says which topic. */
  describedBy: string;
}

/**
 * "Talk about it live": a speaker–listener conversation on the topic, on each phone. The other
 * person is invited at once; a link leads to the conversation.
 */
export function TopicTalk(props: TopicTalkProps) {
  const { spaceId, topicText, others, sessionId, onStarted, describedBy } = props;
  const start = useStartTalk(spaceId);
  const [partnerId, setPartnerId] = useState('');
  const [missing, setMissing] = useState(false);
  const choosing = others.length > 1;

  if (sessionId) {
    return (
      <div className="meeting-topic__talk">
        <p className="meeting-topic__started" role="status">
          {t('connect.meeting.topics.talkStarted')}
        </p>
        <ButtonLink
          variant="secondary"
          to={talkSessionPath(spaceId, sessionId)}
          aria-describedby={describedBy}
        >
          {t('connect.meeting.topics.openTalk')}
        </ButtonLink>
      </div>
    );
  }
  if (others.length === 0) return null;

  const begin = () => {
    if (choosing && partnerId === '') {
      setMissing(true);
      return;
    }
    const topic = talkTopic(topicText);
    start.mutateAsync(choosing ? { topic, partnerId } : { topic }).then(
      (session) => onStarted(session.id),
      () => undefined, // shown by FormError
    );
  };

  return (
    <div className="meeting-topic__talk">
      <FormError error={start.error} fields={choosing ? ['partnerId'] : []} />
      {choosing ? (
        <SelectField
          label={t('connect.meeting.topics.talkWith')}
          value={partnerId}
          onChange={(event) => {
            setPartnerId(event.target.value);
            setMissing(false);
          }}
          error={
            missing
              ? t('connect.meeting.topics.talkWithMissing')
              : fieldError(start.error, 'partnerId')
          }
        >
          <option value="">{t('connect.meeting.topics.talkWithChoose')}</option>
          {others.map((member) => (
            <option key={member.userId} value={member.userId}>
              {member.displayName}
            </option>
          ))}
        </SelectField>
      ) : null}
      <Button
        variant="secondary"
        busy={start.isPending}
        aria-describedby={describedBy}
        onClick={begin}
      >
        {t('connect.meeting.topics.talk')}
      </Button>
    </div>
  );
}
