import { useRef, useState } from 'react';
import type { Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Button } from '../../ui/button';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { ChoreForm } from './chore-form';
import { stagesInWords } from './chore-minutes';
import { ChoreOwnerFields } from './chore-owner-fields';
import { ChoreRating } from './chore-rating';
import { recurrenceInWords } from './recurrence-words';
import { memberName } from './shares-view';
import { stageSplitInWords } from './stage-split';
import { useDeleteChore } from './use-chores';

interface ChoreCardProps {
  spaceId: string;
  chore: Responsibility;
  members: readonly Member[];
  /** After the responsibility was edited, with a sentence saying so. */
  onSaved: (message: string) => void;
}

/**
 * One responsibility: how often, its stages, who has it (and who notices and plans it, when
 * that is someone else), my rating and the hand tweaks.
 */
export function ChoreCard({ spaceId, chore, members, onSaved }: ChoreCardProps) {
  const remove = useDeleteChore(spaceId, chore.id);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const meta = t('chores.meta', {
    often: recurrenceInWords(chore.rrule),
    stages: stagesInWords(chore.minutes),
  });
  const split = stageSplitInWords(chore.ownerId, chore.stageOwners, members);

  return (
    <li className="card chore">
      <h4 className="card__title">{chore.name}</h4>
      <p className="muted chore__meta">{meta}</p>
      <p className="chore__owner-line">
        {chore.ownerId
          ? t('chores.takenBy', { name: memberName(members, chore.ownerId) })
          : t('chores.notShared')}
        {chore.pinnedTo ? (
          <>
            {' '}
            <span className="badge">
              <span aria-hidden="true">📌 </span>
              {t('chores.keptWith', { name: memberName(members, chore.pinnedTo) })}
            </span>
          </>
        ) : null}
      </p>
      {split ? <p className="chore__split">{split}</p> : null}
      {chore.capabilities.canEdit ? (
        editing ? (
          <ChoreForm
            spaceId={spaceId}
            chore={chore}
            label={t('chores.editLabel', { name: chore.name })}
            onSaved={(message) => {
              setEditing(false);
              onSaved(message);
            }}
            onCancel={() => {
              setEditing(false);
              // Back where the reader was, once the button is on screen again.
              requestAnimationFrame(() => editButton.current?.focus());
            }}
          />
        ) : (
          <div className="chore__edit">
            <Button
              ref={editButton}
              variant="secondary"
              aria-label={t('chores.editLabel', { name: chore.name })}
              onClick={() => setEditing(true)}
            >
              {t('chores.edit')}
            </Button>
          </div>
        )
      ) : null}
      <ChoreRating spaceId={spaceId} chore={chore} />
      {chore.capabilities.canEdit ? (
        <ChoreOwnerFields spaceId={spaceId} chore={chore} members={members} />
      ) : null}
      {chore.capabilities.canDelete ? (
        <div className="chore__remove">
          <FormError error={remove.error} />
          <ConfirmAction
            label={t('chores.remove')}
            accessibleLabel={t('chores.removeLabel', { name: chore.name })}
            question={t('chores.removeConfirm', { name: chore.name })}
            confirmLabel={t('chores.removeYes')}
            cancelLabel={t('chores.keep')}
            busy={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        </div>
      ) : null}
    </li>
  );
}
