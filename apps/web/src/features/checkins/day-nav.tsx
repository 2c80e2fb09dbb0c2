import { Link } from 'react-router';
import { t } from '../../lib/i18n';
import { spacePath } from '../spaces/space-paths';
import { dayLinks } from './day-links';

interface DayNavProps {
  spaceId: string;
  day: string;
  today: string;
}

/** Previous / next day as links, so the day lives in the URL and Back works. */
export function DayNav({ spaceId, day, today }: DayNavProps) {
  const href = (target: string) =>
    target === today ? spacePath(spaceId) : `${spacePath(spaceId)}?date=${target}`;
  const links = dayLinks(day, today);

  return (
    <nav className="day-nav" aria-label={t('today.dayNavigation')}>
      <Link className="button button--secondary" to={href(links.previous)}>
        <span aria-hidden="true">‹ </span>
        {t('today.previousDay')}
      </Link>
      {links.next ? (
        <Link className="button button--secondary" to={href(links.next)}>
          {t('today.nextDay')}
          <span aria-hidden="true"> ›</span>
        </Link>
      ) : null}
      {links.backToToday ? (
        <Link className="button button--quiet" to={href(today)}>
          {t('today.backToToday')}
        </Link>
      ) : null}
    </nav>
  );
}
