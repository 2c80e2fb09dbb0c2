import { useRef, useState } from 'react';
import type { DateIdeaView } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { cx } from '../../ui/class-names';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { draftFromIdea } from './idea-draft';
import { ideaKey, ideaTags } from './idea-filter';
import { IdeaForm } from './idea-form';
import { useDeleteIdea, useUpdateIdea } from './use-dates';

interface IdeaCardProps {
  idea: DateIdeaView;
  spaceId: string;
  /** The heading's level where the card sits. */
  level: 3 | 4;
  onPlan: (idea: DateIdeaView) => void;
  /** After one of ours is changed or removed, with a sentence to say. */
  onDone: (message: string) => void;
}

/** One idea: what to do, its tags, "Plan this"; ours are marked, and can be changed or removed. */
export function IdeaCard({ idea, spaceId, level, onPlan, onDone }: IdeaCardProps) {
  const [editing, setEditing] = useState(false);
  const card = useRef<HTMLElement>(null);
  const titleId = `date-idea-${ideaKey(idea).replace(':', '-')}-${level}`;
  const Heading = level === 3 ? 'h3' : 'h4';
  const ours = idea.ref.source === 'ours' ? idea.ref.id : undefined;

  return (
    <article
      ref={card}
      className={cx('card date-idea', ours && 'date-idea--ours')}
      aria-labelledby={titleId}
    >
      <header className="date-idea__header">
        <Heading id={titleId} className="date-idea__title">
          {idea.title}
        </Heading>
        {ours ? <span className="badge date-idea__ours">{t('dates.ideas.ours')}</span> : null}
      </header>
      {editing && ours ? (
        <EditIdea
          spaceId={spaceId}
          ideaId={ours}
          idea={idea}
          onClose={(message) => {
            setEditing(false);
            if (message) onDone(message);
            // The form is gone: carry on from the card's first button.
            else requestAnimationFrame(() => card.current?.querySelector('button')?.focus());
          }}
        />
      ) : (
        <>
          {idea.description ? <p className="date-idea__text">{idea.description}</p> : null}
          <ul className="date-idea__tags" aria-label={t('dates.ideas.tags')}>
            {ideaTags(idea).map((tag) => (
              <li key={tag}>{tag}</li>
            ))}
          </ul>
          <div className="button-row">
            <Button aria-describedby={titleId} onClick={() => onPlan(idea)}>
              {t('dates.ideas.plan')}
            </Button>
            {ours ? (
              <OwnIdeaControls
                spaceId={spaceId}
                ideaId={ours}
                title={idea.title}
                onEdit={() => setEditing(true)}
                onRemoved={() => onDone(t('dates.ideas.removed', { title: idea.title }))}
              />
            ) : null}
          </div>
        </>
      )}
    </article>
  );
}

function EditIdea({
  spaceId,
  ideaId,
  idea,
  onClose,
}: {
  spaceId: string;
  ideaId: string;
  idea: DateIdeaView;
  onClose: (message?: string) => void;
}) {
  const update = useUpdateIdea(spaceId, ideaId);
  return (
    <IdeaForm
      initial={draftFromIdea(idea)}
      edit
      label={t('dates.ideas.editLabel', { title: idea.title })}
      busy={update.isPending}
      error={update.error}
      onSave={(body) =>
        void update.mutateAsync(body).then(
          () => onClose(t('dates.ideas.saved', { title: body.title })),
          () => undefined, // shown by FormError
        )
      }
      onCancel={() => onClose()}
    />
  );
}

interface OwnIdeaControlsProps {
  spaceId: string;
  ideaId: string;
  title: string;
  onEdit: () => void;
  onRemoved: () => void;
}

function OwnIdeaControls({ spaceId, ideaId, title, onEdit, onRemoved }: OwnIdeaControlsProps) {
  const remove = useDeleteIdea(spaceId, ideaId);
  return (
    <>
      <Button
        variant="secondary"
        aria-label={t('dates.ideas.editNamed', { title })}
        onClick={onEdit}
      >
        {t('dates.ideas.edit')}
      </Button>
      <ConfirmAction
        label={t('dates.ideas.remove')}
        accessibleLabel={t('dates.ideas.removeNamed', { title })}
        question={t('dates.ideas.removeQuestion', { title })}
        confirmLabel={t('dates.ideas.removeConfirm')}
        cancelLabel={t('dates.ideas.keep')}
        busy={remove.isPending}
        onConfirm={() =>
          void remove.mutateAsync().then(onRemoved, () => undefined /* shown by FormError */)
        }
      />
      <FormError error={remove.error} />
    </>
  );
}
