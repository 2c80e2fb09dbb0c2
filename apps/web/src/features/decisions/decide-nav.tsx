import { NavLink } from 'react-router';
import { t } from '../../lib/i18n';
import { spacePath } from '../spaces/space-paths';

export const decidePath = (spaceId: string) => spacePath(spaceId, 'decide');
export const decisionLogPath = (spaceId: string) => `${decidePath(spaceId)}/log`;
export const decisionPath = (spaceId: string, decisionId: string) =>
  `${decidePath(spaceId)}/${encodeURIComponent(decisionId)}`;

/** Between the open decisions and the log of past ones, the page we are on marked as current. */
export function DecideNav({ spaceId }: { spaceId: string }) {
  return (
    <nav className="page-tabs" aria-label={t('decide.nav.label')}>
      <ul>
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
