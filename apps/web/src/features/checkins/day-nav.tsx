import { Link } from 'react-router';
import { addDays } from '../../lib/dates';
import { t } from '../../lib/i18n';
import { spacePath } from '../spaces/space-paths';

interface DayNavProps {
  spaceId: string;
  day: string;
  today: string;
}

/** Previous / next day as links, so the day lives in the URL and Back works. */
export function DayNav({ spaceId, day, today }: DayNavProps) {
  const href = (target: string) =>
    target === today ? spacePath(spaceId) : `${spacePath(spaceId)}?date=${target}`;
  const next = addDays(day, 1);

  return (
    <nav className="day-nav" aria-label={t('today.dayNavigation')}>
      <Link className="button button--secondary" to={href(addDays(day, -1))}>
        <span aria-hidden="true">‹ </span>
        {t('today.previousDay')}
      </Link>
      {day < today ? (
        <Link className="button button--secondary" to={href(next)}>
          {t('today.nextDay')}
          <span aria-hidden="true"> ›</span>
        </Link>
      ) : null}
      {day < addDays(today, -1) ? (
        <Link className="button button--quiet" to={href(today)}>
          {t('today.backToToday')}
        </Link>
      ) : null}
    </nav>
  );
}
