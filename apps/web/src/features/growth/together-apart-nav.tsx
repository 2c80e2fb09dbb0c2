import { Link, NavLink, useLocation } from 'react-router';
import { t } from '../../lib/i18n';
import { datesPath } from '../dates/dates-path';
import { peoplePath } from '../people/people-path';
import { spacePath } from '../spaces/space-paths';

/**
 * "Time" in the main navigation: time together and apart, each one's own growth and the people
 * around us share one tab (a phone's tab bar has room for no more), current on all their pages.
 */
export function TimeTab({ spaceId }: { spaceId: string }) {
  const { pathname } = useLocation();
  const here = [
    spacePath(spaceId, 'time'),
    datesPath(spaceId),
    spacePath(spaceId, 'growth'),
    peoplePath(spaceId),
  ].some((path) => pathname === path || pathname.startsWith(`${path}/`));
  return (
    <Link to={spacePath(spaceId, 'time')} aria-current={here ? 'page' : undefined}>
      {t('time.nav')}
    </Link>
  );
}

/** Between time together and apart, each one's growth and our people, the page we are on marked. */
export function TogetherApartNav({ spaceId }: { spaceId: string }) {
  return (
    <nav className="page-tabs" aria-label={t('people.navLabel')}>
      <ul>
        <li>
          <NavLink to={spacePath(spaceId, 'time')}>{t('growth.navTime')}</NavLink>
        </li>
        <li>
          <NavLink to={datesPath(spaceId)}>{t('dates.nav')}</NavLink>
        </li>
        <li>
          <NavLink to={peoplePath(spaceId)}>{t('people.nav')}</NavLink>
        </li>
        <li>
          <NavLink to={spacePath(spaceId, 'growth')}>{t('growth.navGrowth')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
