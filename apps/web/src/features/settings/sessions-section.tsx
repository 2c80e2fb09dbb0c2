import type { Session } from '@tandem/shared';
import { LoadError } from '../../app/load-error';
import { format, t } from '../../lib/i18n';
import { FormError } from '../../ui/form-error';
import { Button } from '../../ui/button';
import { Loading } from '../../ui/loading';
import { describeUserAgent } from './describe-user-agent';
import { useEndSession, useSessions } from './use-settings';

function deviceName(session: Session): string {
  const { browser, os } = describeUserAgent(session.userAgent);
  if (browser && os) return t('settings.device', { browser, os });
  return browser ?? os ?? t('settings.unknownDevice');
}

/** Where I am signed in; any other device can be signed out from here. */
export function SessionsSection() {
  const sessions = useSessions();
  const end = useEndSession();

  return (
    <section className="card section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{t('settings.sessions')}</h2>
      <p className="muted">{t('settings.sessionsLead')}</p>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? (
        <LoadError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : null}
      <FormError error={end.error} />
      {sessions.data ? (
        <ul className="item-list">
          {sessions.data.items.map((session) => {
            const device = deviceName(session);
            return (
              <li key={session.id} className="item-row session">
                <div>
                  <p className="session__device">
                    <strong>{device}</strong>{' '}
                    {session.current ? (
                      <span className="badge">{t('settings.thisDevice')}</span>
                    ) : null}
                  </p>
                  <p className="muted session__meta">
                    {t('settings.sessionMeta', {
                      created: format.dateTime(session.createdAt),
                      seen: format.dateTime(session.lastSeenAt),
                    })}
                  </p>
                </div>
                {session.current ? null : (
                  <Button
                    variant="secondary"
                    aria-label={t('settings.sessionSignOutLabel', { device })}
                    busy={end.isPending && end.variables === session.id}
                    onClick={() => end.mutate(session.id)}
                  >
                    {t('settings.sessionSignOut')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
