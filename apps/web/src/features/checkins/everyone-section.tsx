import { Link } from 'react-router';
import type { Checkin, Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';
import { spacePath } from '../spaces/space-paths';
import { CheckinCard } from './checkin-card';
import { waitingNames } from './checkin-list';

interface EveryoneSectionProps {
  spaceId: string;
  others: readonly Checkin[];
  members: readonly Member[];
  waitingFor: readonly string[];
}

/** The others' check-ins for the day, and who we are still waiting for. No nagging, no streaks. */
export function EveryoneSection({ spaceId, others, members, waitingFor }: EveryoneSectionProps) {
  const nameOf = (userId: string) =>
    members.find((member) => member.userId === userId)?.displayName ?? t('checkins.formerMember');
  const waiting = waitingNames(waitingFor, members, t('common.you'));
  const alone = members.length <= 1;

  return (
    <section className="section" aria-labelledby="everyone-title">
      <h2 id="everyone-title">{t('checkins.together')}</h2>
      {alone ? (
        <p>
          {t('checkins.alone')}{' '}
          <Link to={spacePath(spaceId, 'members')}>{t('checkins.inviteSomeone')}</Link>
        </p>
      ) : (
        <p className="waiting" aria-live="polite">
          {waiting.length > 0
            ? t('checkins.waitingFor', { names: format.list(waiting) })
            : t('checkins.allIn')}
        </p>
      )}
      <div className="checkin-grid">
        {others.map((checkin) => (
          <CheckinCard key={checkin.id} checkin={checkin} name={nameOf(checkin.authorId)} />
        ))}
      </div>
    </section>
  );
}
