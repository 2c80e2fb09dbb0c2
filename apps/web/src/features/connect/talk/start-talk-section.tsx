import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Member, SpaceKind } from '@tandem/shared';
import { fieldError } from '../../../lib/api/error-message';
import { t } from '../../../lib/i18n';
import { Button } from '../../../ui/button';
import { ButtonLink } from '../../../ui/button-link';
import { FormError } from '../../../ui/form-error';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { spacePath } from '../../spaces/space-paths';
import { talkSessionPath } from '../connect-nav';
import { TOPIC_MAX_CHARS } from './talk-moves';
import { useStartTalk } from './use-talk';

const fields = ['topic', 'partnerId'];

interface StartTalkSectionProps {
  spaceId: string;
  spaceKind: SpaceKind;
  members: readonly Member[];
}

/**
 * "Start a conversation": a topic and, in a household, who with. The other person finds the
 * invitation on their Talk page at once; the starter goes straight to the conversation.
 */
export function StartTalkSection({ spaceId, spaceKind, members }: StartTalkSectionProps) {
  const start = useStartTalk(spaceId);
  const navigate = useNavigate();
  const others = members.filter((member) => !member.isMe);
  const choosing = spaceKind === 'household';
  const [topic, setTopic] = useState('');
  const [partnerId, setPartnerId] = useState('');
  const [local, setLocal] = useState<Partial<Record<'topic' | 'partnerId', string>>>({});
  const errorOf = (field: 'topic' | 'partnerId') => local[field] ?? fieldError(start.error, field);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: typeof local = {};
    if (topic.trim() === '') problems.topic = t('connect.talk.start.topicMissing');
    if (choosing && partnerId === '') problems.partnerId = t('connect.talk.start.partnerMissing');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const body = choosing ? { topic: topic.trim(), partnerId } : { topic: topic.trim() };
    start.mutate(body, {
      onSuccess: (session) => void navigate(talkSessionPath(spaceId, session.id)),
    });
  };

  return (
    <section className="section card talk-start" aria-labelledby="talk-start-title">
      <h2 id="talk-start-title">{t('connect.talk.start.title')}</h2>
      {others.length === 0 ? (
        <>
          <p>{t('connect.talk.start.alone')}</p>
          <ButtonLink variant="secondary" to={spacePath(spaceId, 'members')}>
            {t('connect.talk.start.invite')}
          </ButtonLink>
        </>
      ) : (
        <form className="form" onSubmit={submit} aria-labelledby="talk-start-title" noValidate>
          <FormError error={start.error} fields={fields} />
          <TextField
            label={t('connect.talk.start.topic')}
            hint={t('connect.talk.start.topicHint')}
            name="topic"
            autoComplete="off"
            required
            maxLength={TOPIC_MAX_CHARS}
            value={topic}
            onChange={(event) => {
              setTopic(event.target.value);
              setLocal({});
            }}
            error={errorOf('topic')}
          />
          {choosing ? (
            <SelectField
              label={t('connect.talk.start.partner')}
              name="partnerId"
              required
              value={partnerId}
              onChange={(event) => {
                setPartnerId(event.target.value);
                setLocal({});
              }}
              error={errorOf('partnerId')}
            >
              <option value="">{t('connect.talk.start.partnerChoose')}</option>
              {others.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.displayName}
                </option>
              ))}
            </SelectField>
          ) : (
            <p className="muted talk-start__with">
              {t('connect.talk.start.with', { name: others[0]?.displayName ?? '' })}
            </p>
          )}
          <Button type="submit" busy={start.isPending} className="talk-start__submit">
            {t('connect.talk.start.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}
