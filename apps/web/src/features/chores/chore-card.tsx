import type { Member, Responsibility } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { ConfirmAction } from '../../ui/confirm-action';
import { FormError } from '../../ui/form-error';
import { stagesInWords } from './chore-minutes';
import { ChoreOwnerFields } from './chore-owner-fields';
import { ChoreRating } from './chore-rating';
import { recurrenceInWords } from './recurrence-words';
import { memberName } from './shares-view';
import { useDeleteChore } from './use-chores';

interface ChoreCardProps {
  spaceId: string;
  chore: Responsibility;
  members: readonly Member[];
}

/** One responsibility: how often, its stages, who has it, my rating and the hand tweaks. */
export function ChoreCard({ spaceId, chore, members }: ChoreCardProps) {
  const remove = useDeleteChore(spaceId, chore.id);
  const meta = t('chores.meta', {
    often: recurrenceInWords(chore.rrule),
    stages: stagesInWords(chore.minutes),
  });

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
