import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { Memory } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { nameOf, type DatesContext } from './dates-context';
import { datePath } from './dates-path';
import { photoAlt } from './memory-groups';
import { MemoryForm } from './memory-form';
import { useDeleteMemory } from './use-dates';

interface MemoryItemProps {
  memory: Memory;
  context: DatesContext;
  /** Leave out the date's title (on the date's own page). */
  withDate?: boolean;
  /** After a change, with a sentence to say: a removed memory is gone from the list. */
  onDone: (message: string) => void;
}

/** One memory on the timeline: the day, who wrote it, of which date, the words and the photo. */
export function MemoryItem({ memory, context, withDate = true, onDone }: MemoryItemProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const remove = useDeleteMemory(context.spaceId, memory.id);
  const author =
    memory.authorId === context.myId ? t('dates.you') : nameOf(context.members, memory.authorId);
  const sameYear = memory.day.slice(0, 4) === context.today.slice(0, 4);

  return (
    <li className="date-memory">
      <p className="date-memory__meta">
        <time dateTime={memory.day}>{format.day(memory.day, !sameYear)}</time>
        <span> · {t('dates.memory.by', { name: author })}</span>
        {withDate && memory.dateId && memory.dateTitle ? (
          <>
            {' · '}
            <Link to={datePath(context.spaceId, memory.dateId)}>{memory.dateTitle}</Link>
          </>
        ) : null}
      </p>
      {editing ? (
        <MemoryForm
          context={context}
          memory={memory}
          onSaved={() => {
            setEditing(false);
            onDone(t('dates.memory.saved'));
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <>
          {memory.photo ? (
            <img
              className="date-memory__photo"
              src={memory.photo.url}
              width={memory.photo.width}
              height={memory.photo.height}
              alt={photoAlt(memory.note)}
              loading="lazy"
            />
          ) : null}
          <p className="date-memory__note">{memory.note}</p>
          {memory.capabilities.canEdit ? (
            <div className="button-row date-memory__actions">
              <FormError error={remove.error} />
              <Button ref={editButton} variant="secondary" onClick={() => setEditing(true)}>
                {t('dates.memory.edit')}
              </Button>
              <ConfirmAction
                label={t('dates.memory.remove')}
                question={t('dates.memory.removeQuestion')}
                confirmLabel={t('dates.memory.removeConfirm')}
                cancelLabel={t('dates.memory.keep')}
                busy={remove.isPending}
                onConfirm={() =>
                  void remove.mutateAsync().then(
                    () => onDone(t('dates.memory.removed')),
                    () => undefined, // shown by FormError
                  )
                }
              />
            </div>
          ) : null}
        </>
      )}
    </li>
  );
}
