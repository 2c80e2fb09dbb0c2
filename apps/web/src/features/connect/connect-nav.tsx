import { NavLink } from 'react-router';
import { t } from '../../lib/i18n';

const connectPath = (spaceId: string) => `/s/${encodeURIComponent(spaceId)}/connect`;
export const talkPath = (spaceId: string) => `${connectPath(spaceId)}/talk`;
export const talkSessionPath = (spaceId: string, sessionId: string) =>
  `${talkPath(spaceId)}/${encodeURIComponent(sessionId)}`;
export const promptsPath = (spaceId: string) => `${connectPath(spaceId)}/prompts`;
export const appreciatePath = (spaceId: string) => `${connectPath(spaceId)}/appreciate`;
export const meetingPath = (spaceId: string) => `${connectPath(spaceId)}/meeting`;

/**
 * Between the ways of connecting — a live talk, prompts to answer, appreciation, the weekly
 * meeting — the page we are on marked as current. Shown on each of them, so any leads to the
 * others.
 */
export function ConnectNav({ spaceId }: { spaceId: string }) {
  return (
    <nav className="page-tabs connect-nav" aria-label={t('connect.nav.label')}>
      <ul>
        <li>
          <NavLink to={talkPath(spaceId)}>{t('connect.nav.talk')}</NavLink>
        </li>
        <li>
          <NavLink to={promptsPath(spaceId)}>{t('connect.nav.prompts')}</NavLink>
        </li>
        <li>
          <NavLink to={appreciatePath(spaceId)}>{t('connect.nav.appreciate')}</NavLink>
        </li>
        <li>
          <NavLink to={meetingPath(spaceId)}>{t('connect.nav.meeting')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
