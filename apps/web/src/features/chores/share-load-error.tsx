import type { Member } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { memberName, missingAvailability } from './shares-view';

interface ShareLoadErrorProps {
  error: unknown;
  myId: string;
  members: readonly Member[];
  onRetry: () => void;
}

/** Why a share cannot be shown: usually someone has not given their hours yet, so say who. */
export function ShareLoadError({ error, myId, members, onRetry }: ShareLoadErrorProps) {
  const missing = missingAvailability(error);
  if (!missing) return <LoadError error={error} onRetry={onRetry} />;
  const names = missing.map((id) => (id === myId ? t('common.you') : memberName(members, id)));
  return (
    <Alert tone="info">
      {names.length > 0
        ? t('chores.proposal.missing', { names: format.list(names) })
        : t('errors.availability_missing')}
    </Alert>
  );
}
