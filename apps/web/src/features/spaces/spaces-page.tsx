import { Link } from 'react-router';
import { LoadError } from '../../app/load-error';
import { t } from '../../lib/i18n';
import { ButtonLink } from '../../ui/button-link';
import { Loading } from '../../ui/loading';
import { Page } from '../../ui/page';
import { spacePath } from './space-paths';
import { useSpaces } from './use-spaces';

export function SpacesPage() {
  const spaces = useSpaces();
  const newSpace = <ButtonLink to="/spaces/new">{t('spaces.new')}</ButtonLink>;

  return (
    <Page title={t('spaces.title')} lead={t('spaces.lead')} actions={newSpace}>
      {spaces.isPending ? <Loading /> : null}
      {spaces.isError ? (
        <LoadError error={spaces.error} onRetry={() => void spaces.refetch()} />
      ) : null}
      {spaces.data?.items.length === 0 ? <p>{t('spaces.empty')}</p> : null}
      {spaces.data && spaces.data.items.length > 0 ? (
        <ul className="item-list">
          {spaces.data.items.map((space) => (
            <li key={space.id} className="card space-card">
              <h2 className="card__title">
                <Link className="space-card__link" to={spacePath(space.id)}>
                  {space.name}
                </Link>
              </h2>
              <p className="muted">
                {t('spaces.summary', {
                  kind: t(`spaces.kind.${space.kind}`),
                  members: t('spaces.memberCount', { count: space.memberCount }),
                })}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </Page>
  );
}
