import { useState, type FormEvent } from 'react';
import { heldAnswers, type ConflictTopic } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { RadioGroup } from '../../ui/radio-group';
import { TextArea } from '../../ui/text-area';
import type { HeldAnswer } from './conflicts-api';
import type { NameOf } from './people';
import { needsAnotherTry } from './topic-words';
import { useFollowUp } from './use-conflicts';

const NOTE_MAX = 1000;

interface FollowUpSectionProps {
  spaceId: string;
  topic: ConflictTopic;
  myId: string;
  nameOf: NameOf;
  today: string;
}

/**
 * "Did it hold?": on the day we set (or any time after agreeing), each says yes, partly or no,
 * with a note. Partly or no is common and fine: a new agreement can be proposed above.
 */
export function FollowUpSection({ spaceId, topic, myId, nameOf, today }: FollowUpSectionProps) {
  const followUp = useFollowUp(spaceId, topic.id);
  const mine = topic.followUps.find((answer) => answer.userId === myId);
  const [held, setHeld] = useState<HeldAnswer | undefined>(mine?.held);
  const [note, setNote] = useState(mine?.note ?? '');
  const [saved, setSaved] = useState<{ key: number }>();
  const checkOn = topic.agreement?.checkOn ?? today;
  const options = heldAnswers.map((value) => ({ value, label: t(`resolve.followUp.${value}`) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!held) return;
    const text = note.trim();
    followUp.mutate(
      { held, ...(text === '' ? {} : { note: text }) },
      { onSuccess: () => setSaved((current) => ({ key: (current?.key ?? 0) + 1 })) },
    );
  };

  let outcome: string | null = null;
  if (topic.phase === 'resolved') outcome = t('resolve.followUp.resolved');
  else if (needsAnotherTry(topic)) outcome = t('resolve.followUp.tryAgain');

  return (
    <section className="card resolve-follow-up" aria-labelledby="resolve-follow-up-title">
      <h2 id="resolve-follow-up-title">{t('resolve.followUp.title')}</h2>
      <p className="muted">
        {checkOn > today
          ? t('resolve.followUp.later', { date: format.day(checkOn, true) })
          : t('resolve.followUp.now')}
      </p>
      {topic.followUps.length > 0 ? (
        <ul className="resolve-follow-up__answers">
          {topic.followUps.map((answer) => (
            <li key={answer.userId}>
              <strong>{nameOf(answer.userId)}</strong>
              {t('resolve.followUp.said', { answer: t(`resolve.followUp.${answer.held}`) })}
              {answer.note ? <span className="resolve-follow-up__note"> {answer.note}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p aria-live="polite">{outcome ?? ''}</p>
      {saved ? (
        <Alert key={saved.key} tone="success">
          {t('resolve.followUp.saved')}
        </Alert>
      ) : null}
      {topic.capabilities.canFollowUp ? (
        <form className="form resolve-follow-up__form" onSubmit={submit}>
          <FormError error={followUp.error} fields={['held', 'note']} />
          <RadioGroup
            legend={t('resolve.followUp.legend')}
            name="held"
            layout="inline"
            options={options}
            value={held}
            onChange={setHeld}
            required
            error={fieldError(followUp.error, 'held')}
          />
          <TextArea
            label={t('resolve.followUp.note')}
            hint={t('common.optional')}
            name="note"
            rows={3}
            maxLength={NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={fieldError(followUp.error, 'note')}
          />
          <Button type="submit" busy={followUp.isPending}>
            {t('resolve.followUp.save')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
