import { useState } from 'react';
import type { Member, Responsibility, UpdateResponsibilityBody } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { Checkbox } from '../../ui/checkbox';
import { FormError } from '../../ui/form-error';
import { SelectField } from '../../ui/select-field';
import { memberName } from './shares-view';
import { stageHolderOptions, type SplitStage } from './stage-split';
import { useUpdateChore } from './use-chores';

interface ChoreOwnerFieldsProps {
  spaceId: string;
  chore: Responsibility;
  members: readonly Member[];
}

/**
 * A hand tweak: who takes it now, whether proposals keep it with them, and who notices and who
 * plans it when that is not the owner (the doing always stays with the owner).
 */
export function ChoreOwnerFields({ spaceId, chore, members }: ChoreOwnerFieldsProps) {
  const update = useUpdateChore(spaceId, chore.id);
  // The change shows at once and holds until the server's answer and the new shares are in.
  const [pending, setPending] = useState<UpdateResponsibilityBody>();
  const change = (body: UpdateResponsibilityBody) => {
    setPending(body);
    update.mutate(body, { onSettled: () => setPending(undefined) });
  };
  const ownerId = pending?.ownerId !== undefined ? pending.ownerId : chore.ownerId;
  const pinnedTo = pending?.pinnedTo !== undefined ? pending.pinnedTo : chore.pinnedTo;
  const keptWith = pinnedTo ?? ownerId;
  const stageOwners = pending?.stageOwners ?? chore.stageOwners;
  const splitOptions: { stage: SplitStage; label: string }[] = [
    { stage: 'notice', label: t('chores.stages.whoNotices', { name: chore.name }) },
    { stage: 'plan', label: t('chores.stages.whoPlans', { name: chore.name }) },
  ];

  // A pin means "keep it with its owner", so it moves with the owner (and goes with nobody).
  const changeOwner = (next: string | null) =>
    change(chore.pinnedTo ? { ownerId: next, pinnedTo: next } : { ownerId: next });

  return (
    <div className="chore__owner">
      <SelectField
        label={t('chores.whoTakes', { name: chore.name })}
        value={ownerId ?? ''}
        onChange={(event) => changeOwner(event.target.value || null)}
      >
        <option value="">{t('chores.notShared')}</option>
        {members.map((member) => (
          <option key={member.userId} value={member.userId}>
            {member.displayName}
          </option>
        ))}
      </SelectField>
      {keptWith ? (
        <Checkbox
          label={t('chores.keepWithInProposals', { name: memberName(members, keptWith) })}
          checked={pinnedTo !== null}
          onChange={(event) => change({ pinnedTo: event.target.checked ? ownerId : null })}
        />
      ) : null}
      {ownerId && members.length > 1 ? (
        <div className="chore__stages">
          {splitOptions.map(({ stage, label }) => (
            <SelectField
              key={stage}
              label={label}
              value={stageOwners[stage] ?? ''}
              onChange={(event) =>
                change({ stageOwners: { ...stageOwners, [stage]: event.target.value || null } })
              }
            >
              {stageHolderOptions(ownerId, stageOwners[stage], members).map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
      ) : null}
      <FormError error={update.error} />
    </div>
  );
}
