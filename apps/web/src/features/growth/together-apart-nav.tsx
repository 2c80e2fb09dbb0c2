import { Link, NavLink, useLocation } from 'react-router';
import { t } from '../../lib/i18n';
import { spacePath } from '../spaces/space-paths';

/**
 * "Time" in the main navigation: time together and apart and each one's own growth share one
 * tab (a phone's tab bar has room for no more), current on the pages of both.
 */
export function TimeTab({ spaceId }: { spaceId: string }) {
  const { pathname } = useLocation();
  const here = [spacePath(spaceId, 'time'), spacePath(spaceId, 'growth')].some(
    (path) => pathname === path || pathname.startsWith(`${path}/`),
  );
  return (
    <Link to={spacePath(spaceId, 'time')} aria-current={here ? 'page' : undefined}>
      {t('time.nav')}
    </Link>
  );
}

/** Between time together and apart and each one's growth, the page we are on marked. */
export function TogetherApartNav({ spaceId }: { spaceId: string }) {
  return (
    <nav className="page-tabs" aria-label={t('growth.navLabel')}>
      <ul>
        <li>
          <NavLink to={spacePath(spaceId, 'time')}>{t('growth.navTime')}</NavLink>
        </li>
        <li>
          <NavLink to={spacePath(spaceId, 'growth')}>{t('growth.navGrowth')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
