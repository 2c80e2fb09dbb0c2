import type { ChoreSharesView, Member, Responsibility } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { Alert } from '../../ui/alert';
import { formatDuration } from './chore-minutes';
import { ShareBar } from './share-bar';
import { choresOf, memberName, unsharedChores } from './shares-view';

interface ShareSummaryProps {
  shares: ChoreSharesView;
  chores: readonly Responsibility[];
  members: readonly Member[];
}

/** Who takes what, each one's time a week against their fair share, and whether it is fair. */
export function ShareSummary({ shares, chores, members }: ShareSummaryProps) {
  const scale = Math.max(
    0,
    ...shares.members.flatMap((m) => [m.minutesPerWeek, m.fairShareMinutesPerWeek]),
  );
  const unshared = unsharedChores(shares, chores);

  return (
    <div className="share-summary">
      {shares.fair ? (
        <p className="share-fair">
          <span aria-hidden="true">✓ </span>
          {t('chores.shares.fair')}
        </p>
      ) : (
        <Alert tone="info" className="share-unfair">
          <span aria-hidden="true">⚠ </span>
          {t('chores.shares.unfair')}
        </Alert>
      )}
      <ul className="share-list">
        {shares.members.map((member) => {
          const name = memberName(members, member.userId);
          const taken = choresOf(shares, chores, member.userId).map(({ chore, pinned }) =>
            pinned ? t('chores.shares.kept', { name: chore.name }) : chore.name,
          );
          return (
            <li key={member.userId} className="share">
              <p className="share__load">
                {t('chores.shares.load', {
                  name,
                  load: formatDuration(member.minutesPerWeek),
                  fair: formatDuration(member.fairShareMinutesPerWeek),
                })}
              </p>
              <ShareBar
                minutes={member.minutesPerWeek}
                fairShare={member.fairShareMinutesPerWeek}
                scale={scale}
              />
              <p className="share__chores">
                {taken.length > 0
                  ? t('chores.shares.takes', { name, chores: format.list(taken) })
                  : t('chores.shares.takesNothing', { name })}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="muted share-legend">{t('chores.shares.legend')}</p>
      {unshared.length > 0 ? (
        <p className="muted">
          {t('chores.shares.unowned', { chores: format.list(unshared.map((c) => c.name)) })}
        </p>
      ) : null}
    </div>
  );
}
