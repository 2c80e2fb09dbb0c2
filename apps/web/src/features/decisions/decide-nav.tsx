import { Link, NavLink, useLocation } from 'react-router';
import { t } from '../../lib/i18n';
import { resolvePath } from '../conflicts/resolve-paths';
import { spacePath } from '../spaces/space-paths';

export const decidePath = (spaceId: string) => spacePath(spaceId, 'decide');
export const decisionLogPath = (spaceId: string) => `${decidePath(spaceId)}/log`;
export const decisionPath = (spaceId: string, decisionId: string) =>
  `${decidePath(spaceId)}/${encodeURIComponent(decisionId)}`;

/**
 * "Work it out" in the main navigation: talking a disagreement through and deciding together
 * share one tab (a phone's tab bar has room for no more), current on the pages of both.
 */
export function WorkItOutTab({ spaceId }: { spaceId: string }) {
  const { pathname } = useLocation();
  const here = [resolvePath(spaceId), decidePath(spaceId)].some(
    (path) => pathname === path || pathname.startsWith(`${path}/`),
  );
  return (
    <Link to={resolvePath(spaceId)} aria-current={here ? 'page' : undefined}>
      {t('shell.resolve')}
    </Link>
  );
}

/** Between talking things through, open decisions and the log, the page we are on marked. */
export function WorkItOutNav({ spaceId }: { spaceId: string }) {
  return (
    <nav className="page-tabs" aria-label={t('decide.nav.label')}>
      <ul>
        <li>
          <NavLink to={resolvePath(spaceId)}>{t('decide.nav.talk')}</NavLink>
        </li>
        <li>
          {/* `end`: on the log, "Decisions" is not the current page too. */}
          <NavLink to={decidePath(spaceId)} end>
            {t('decide.nav.decisions')}
          </NavLink>
        </li>
        <li>
          <NavLink to={decisionLogPath(spaceId)}>{t('decide.nav.log')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
