import { useState, type FormEvent } from 'react';
import type { ConflictTopic } from '@tandem/shared';
import { fieldError } from '../../lib/api/error-message';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { FormError } from '../../ui/form-error';
import { TextField } from '../../ui/text-field';
import type { NameOf } from './people';
import { useAddIdea } from './use-conflicts';

const IDEA_MAX = 500;

interface IdeasSectionProps {
  spaceId: string;
  topic: ConflictTopic;
  nameOf: NameOf;
}

/** Ideas, from anyone, big or small, before agreeing on anything; none is judged here. */
export function IdeasSection({ spaceId, topic, nameOf }: IdeasSectionProps) {
  const add = useAddIdea(spaceId, topic.id);
  const [idea, setIdea] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = idea.trim();
    add.mutate(text, {
      // Only what was sent: an idea typed while this one was on its way stays.
      onSuccess: () => setIdea((current) => (current.trim() === text ? '' : current)),
    });
  };

  return (
    <section className="card resolve-ideas" aria-labelledby="resolve-ideas-title">
      <h2 id="resolve-ideas-title">{t('resolve.ideas.title')}</h2>
      <p className="muted">{t('resolve.ideas.lead')}</p>
      {topic.ideas.length === 0 ? (
        <p className="muted">{t('resolve.ideas.none')}</p>
      ) : (
        <ul className="resolve-ideas__list">
          {topic.ideas.map((item) => (
            <li key={item.id}>
              <span className="resolve-ideas__text">{item.text}</span>{' '}
              <span className="muted">{t('resolve.ideas.by', { name: nameOf(item.addedBy) })}</span>
            </li>
          ))}
        </ul>
      )}
      {topic.capabilities.canAddIdea ? (
        <form className="form resolve-ideas__form" onSubmit={submit}>
          <FormError error={add.error} fields={['text']} />
          <TextField
            label={t('resolve.ideas.field')}
            name="idea"
            autoComplete="off"
            required
            maxLength={IDEA_MAX}
            value={idea}
            onChange={(event) => setIdea(event.target.value)}
            error={fieldError(add.error, 'text')}
          />
          <Button type="submit" busy={add.isPending} className="resolve-ideas__submit">
            {t('resolve.ideas.add')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}
