import { useQueryClient } from '@tanstack/react-query';
import { Link, NavLink, Outlet, useParams } from 'react-router';
import { t } from '../lib/i18n';
import { Button } from '../ui/button';
import { useSignedInMe } from '../features/auth/me-context';
import { talkPath } from '../features/connect/connect-nav';
import { WorkItOutTab } from '../features/decisions/decide-nav';
import { TimeTab } from '../features/growth/together-apart-nav';
import { InboxBell } from '../features/connect/inbox/inbox-bell';
import { NotificationToast } from '../features/connect/inbox/notification-toast';
import { readLastSpace } from '../features/spaces/last-space';
import { spacePath } from '../features/spaces/space-paths';
import { SpaceSwitcher } from '../features/spaces/space-switcher';
import { useSpaces } from '../features/spaces/use-spaces';
import { BrandMark } from './brand-mark';

/**
 * Leaves at once and leaves nothing readable behind in this tab: the cache is cleared and the
 * page replaced, so Back does not return to Tandem.
 */
function quickExit(clear: () => void) {
  clear();
  window.location.replace('about:blank');
}

/**
 * The signed-in shell: skip link, header (space switcher, notifications, quick exit), main
 * navigation, and the toast that tells of a notification arriving while the app is open.
 */
export function AppLayout() {
  const queryClient = useQueryClient();
  const { spaceId } = useParams();
  const spaces = useSpaces();
  const lastSpaceId = readLastSpace(useSignedInMe().id);
  const known = (id: string | undefined) =>
    id !== undefined && (spaces.data?.items.some((space) => space.id === id) ?? false);
  const currentSpaceId = spaceId ?? (known(lastSpaceId) ? lastSpaceId : spaces.data?.items[0]?.id);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <div className="shell-header__bar">
          <Link className="brand" to="/spaces" aria-label={t('shell.home')}>
            <BrandMark />
            <span className="brand__name">{t('app.name')}</span>
          </Link>
          <SpaceSwitcher currentSpaceId={currentSpaceId} />
          <div className="shell-header__end">
            {currentSpaceId ? <InboxBell spaceId={currentSpaceId} /> : null}
            <Button
              variant="secondary"
              className="quick-exit"
              onClick={() => quickExit(() => queryClient.clear())}
            >
              {t('shell.quickExit')}
            </Button>
          </div>
        </div>
        <nav className="shell-nav" aria-label={t('shell.navigation')}>
          <ul>
            {currentSpaceId ? (
              <>
                <li>
                  <NavLink to={spacePath(currentSpaceId)} end>
                    {t('shell.today')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to={spacePath(currentSpaceId, 'chores')}>{t('shell.chores')}</NavLink>
                </li>
                <li>
                  <NavLink to={spacePath(currentSpaceId, 'money')}>{t('shell.money')}</NavLink>
                </li>
                <li>
                  <NavLink to={talkPath(currentSpaceId)}>{t('connect.nav.talk')}</NavLink>
                </li>
                <li>
                  <WorkItOutTab spaceId={currentSpaceId} />
                </li>
                <li>
                  <TimeTab spaceId={currentSpaceId} />
                </li>
                <li>
                  <NavLink to={spacePath(currentSpaceId, 'members')}>{t('shell.members')}</NavLink>
                </li>
              </>
            ) : null}
            <li>
              <NavLink to="/settings">{t('shell.settings')}</NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main className="shell-main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
      {currentSpaceId ? <NotificationToast key={currentSpaceId} spaceId={currentSpaceId} /> : null}
    </>
  );
}
