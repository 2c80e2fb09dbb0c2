import type { Member } from '@tandem/shared';
import { format, t } from '../../lib/i18n';

export function MemberList({ members }: { members: readonly Member[] }) {
  return (
    <ul className="item-list">
      {members.map((member) => (
        <li key={member.userId} className="card member">
          <p className="member__name">
            <strong>{member.displayName}</strong>{' '}
            {member.isMe ? <span className="badge">{t('members.you')}</span> : null}{' '}
            {member.role === 'owner' ? (
              <span className="badge badge--quiet">{t('members.role.owner')}</span>
            ) : null}
          </p>
          <p className="muted member__details">
            {t('members.details', {
              zone: member.timeZone.replaceAll('_', ' '),
              date: format.date(member.joinedAt),
            })}
          </p>
        </li>
      ))}
    </ul>
  );
}
