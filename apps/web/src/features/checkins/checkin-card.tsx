import type { Checkin } from '@tandem/shared';
import { t } from '../../lib/i18n';
import { CheckinDetails } from './checkin-details';

/** Someone else's check-in: sealed until everyone has checked in (or they reveal it early). */
export function CheckinCard({ checkin, name }: { checkin: Checkin; name: string }) {
  return (
    <article
      className={checkin.sealed ? 'card checkin-card checkin-card--sealed' : 'card checkin-card'}
      aria-label={t('checkins.byLabel', { name })}
    >
      <h3 className="card__title">{name}</h3>
      {checkin.sealed ? (
        <p className="checkin-card__sealed">
          <span aria-hidden="true">🔒 </span>
          {t('checkins.sealed')}
        </p>
      ) : (
        <CheckinDetails checkin={checkin} />
      )}
    </article>
  );
}
